package dev.omsteps.cli;

import dev.omsteps.config.Endpoints;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point: builds the command model and hands failures to the {@link ErrorPrinter}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, CliContext.system()));
    }

    /**
     * The subcommands, in help order. Building a picocli model costs start-up time per command and per
     * inherited option, so {@link #run} builds only the ones its arguments name.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("steps", StepsCommand::new);
        m.put("watch", WatchCommand::new);
        m.put("projects", ProjectsCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("metrics", MetricsCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("config", ConfigCommand::new);
        m.put("completion", CompletionCommand::new);
        m.put("help", Main::helpCommand);
        m.put("__names", CompletionNamesCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** picocli's help command, with a one-sentence summary for the command list and completions. */
    private static CommandLine helpCommand() {
        CommandLine help = new CommandLine(new CommandLine.HelpCommand());
        help.getCommandSpec().usageMessage().description("Show the help of a command: omsteps help COMMAND.");
        return help;
    }

    public static int run(String[] args, CliContext ctx) {
        Set<String> named = new LinkedHashSet<>();
        for (String a : args) {
            if (SUBCOMMANDS.containsKey(a)) {
                named.add(a);
            }
        }
        List<String> given = List.of(args);
        boolean versionOnly = named.isEmpty() && (given.contains("-V") || given.contains("--version"))
                && !given.contains("-h") && !given.contains("--help");
        // No subcommand named (root help, a typo): build them all, for the help text and "did you mean";
        // --version needs none.
        // 'help' alone lists every command
        Set<String> build = versionOnly ? Set.of() : named.isEmpty() || named.equals(Set.of("help")) ? SUBCOMMANDS.keySet() : named;
        return commandLine(ctx, build).execute(args);
    }

    /** The whole command model: completions, man pages and help are generated from it. */
    public static CommandLine commandLine(CliContext ctx) {
        return commandLine(ctx, SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(CliContext ctx, Set<String> subcommands) {
        OmstepsCommand root = new OmstepsCommand(ctx);
        CommandLine cl = new CommandLine(root);
        SUBCOMMANDS.forEach((name, make) -> {
            if (subcommands.contains(name)) {
                cl.addSubcommand(name, make.get());
            }
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            String cmd = e.getCommandLine().getCommandSpec().qualifiedName();
            List<String> suggestions = e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            ctx.errors().print(withoutSecrets(e, args).replaceAll("\\s+", " ").strip(), suggestions.isEmpty()
                    ? "see '" + cmd + " --help'" : "did you mean '" + String.join("' or '", suggestions) + "'?");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (root.debug()) {
                ex.printStackTrace(ctx.err());
            }
            return ctx.errors().report(ex);
        });
        return cl;
    }

    private static final Pattern SENSITIVE_OPTION = Pattern.compile("^--?[\\w-]*(secret|password|passwd|token)", Pattern.CASE_INSENSITIVE);

    /**
     * picocli quotes the arguments it could not match; when the user mistyped a secret option ({@code --access-key-secrt
     * S}) or put a password in a URL, those arguments are secrets, and an error line may end up in a CI log.
     */
    static String withoutSecrets(ParameterException e, String[] args) {
        String m = e.getMessage();
        if (e instanceof UnmatchedArgumentException u) {
            // an unknown option may be a mistyped secret option: what it would have taken is not shown
            List<String> unmatched = u.getUnmatched();
            for (int i = 0; i < unmatched.size(); i++) {
                String a = unmatched.get(i);
                if (!a.startsWith("-")) {
                    continue;
                }
                int eq = a.indexOf('=');
                if (eq >= 0) {
                    m = m.replace("'" + a + "'", "'" + a.substring(0, eq + 1) + "****'");
                } else if (i + 1 < unmatched.size() && !unmatched.get(i + 1).startsWith("-")) {
                    m = m.replace("'" + unmatched.get(i + 1) + "'", "'****'");
                }
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!SENSITIVE_OPTION.matcher(args[i]).find()) {
                continue;
            }
            int eq = args[i].indexOf('=');
            String value = eq >= 0 ? args[i].substring(eq + 1) : i + 1 < args.length ? args[i + 1] : null;
            if (value != null && value.length() >= 3 && !value.startsWith("-")) {
                m = m.replace(value, "****");
            }
        }
        return Endpoints.withoutUserInfo(m);
    }
}
