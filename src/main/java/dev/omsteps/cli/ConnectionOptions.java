package dev.omsteps.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection options ({@link TargetOptions}) belong to the commands that connect, after the command's name.
 * Scripts written for earlier versions, and kubectl habits, put them first ({@code omsteps --endpoint URL steps ID});
 * such a line is accepted by moving them behind the command before parsing, so it means what it always meant.
 */
final class ConnectionOptions {

    /** The commands that mix in {@link TargetOptions}, as an error line names them. */
    static final List<String> COMMANDS = List.of("steps", "watch", "projects", "verify", "metrics", "report", "exporter");

    /** Each connection option's names, and whether it takes a value. */
    private static final Map<String, Boolean> TAKES_VALUE = takesValue();

    private ConnectionOptions() {
    }

    private static Map<String, Boolean> takesValue() {
        Map<String, Boolean> m = new HashMap<>();
        for (Field f : TargetOptions.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null) {
                for (String name : o.names()) {
                    m.put(name, f.getType() != boolean.class);
                }
            }
        }
        return m;
    }

    /**
     * The arguments with the connection options given before the command name moved right after it; the
     * arguments as they are when there are none, or no command name follows them. Global options stay in place.
     */
    static String[] afterCommand(String[] args, Collection<String> commands) {
        List<String> before = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (commands.contains(a)) {
                if (moved.isEmpty()) {
                    return args;
                }
                List<String> out = new ArrayList<>(before);
                out.add(a);
                out.addAll(moved);
                out.addAll(List.of(args).subList(i + 1, args.length));
                return out.toArray(String[]::new);
            }
            if (a.equals("--")) {
                return args;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            Boolean value = TAKES_VALUE.get(eq < 0 ? a : a.substring(0, eq));
            List<String> into = value == null ? before : moved;
            into.add(a);
            // the one global option with a separate value; a connection option's value may look like a command name
            boolean separateValue = eq < 0 && (Boolean.TRUE.equals(value) || a.equals("--color"));
            if (separateValue && i + 1 < args.length) {
                into.add(args[++i]);
            }
        }
        return args;
    }

    /** The first connection option among arguments a command did not take, or null. */
    static String firstIn(List<String> unmatched) {
        for (String a : unmatched) {
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            if (TAKES_VALUE.containsKey(name)) {
                return name;
            }
        }
        return null;
    }
}
