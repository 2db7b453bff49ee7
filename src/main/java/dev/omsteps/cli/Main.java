package dev.omsteps.cli;

import dev.omsteps.config.Endpoints;
import java.io.PrintWriter;
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
        Interrupts.install();
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
        m.put("exporter", ExporterCommand::new);
        m.put("report", ReportCommand::new);
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

    public static int run(String[] given, CliContext ctx) {
        String[] args = ConnectionOptions.afterCommand(given, SUBCOMMANDS.keySet());
        StepsCommand steps = plainSteps(args, ctx);
        return steps != null ? execute(steps) : runWithPicocli(args, ctx);
    }

    /** Every command line through picocli's model. */
    static int runWithPicocli(String[] args, CliContext ctx) {
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
        int code = ExitCodes.OK;
        try {
            code = commandLine(ctx, build).execute(args);
            ctx.out().flush(); // what is still buffered must reach its file, or the exit code says it did not
            return code;
        } catch (OutputFailure e) {
            // said once: the command may have ended on this very failure already
            return code == ExitCodes.OUTPUT_FAILED || code == ExitCodes.OUTPUT_CLOSED ? code : ctx.errors().report(e);
        }
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
            // only when the option is what went wrong first: a mistyped command gets its "did you mean"
            String misplaced = e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    ? ConnectionOptions.firstIn(u.getUnmatched().subList(0, 1)) : null;
            if (misplaced != null) {
                // 'omsteps --endpoint URL demo', or no command at all: say where the option belongs
                ctx.errors().print("'" + cmd + "' takes no " + misplaced + ": it is an option of the commands that connect ("
                        + String.join(", ", ConnectionOptions.COMMANDS) + ")", "e.g. 'omsteps steps " + misplaced + " … ID'");
                return ExitCodes.USAGE;
            }
            ctx.errors().print(withoutSecrets(e, args).replaceAll("\\s+", " ").strip(), suggestions.isEmpty()
                    ? "see '" + cmd + " --help'" : "did you mean '" + String.join("' or '", suggestions) + "'?");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, root, ctx));
        // picocli prints a stack trace for what its help and --version throw; a full disk there is one line, as anywhere
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutputFailure e) {
                throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), "standard output failed", e);
            }
        });
        return cl;
    }

    private static int failed(Exception ex, OmstepsCommand root, CliContext ctx) {
        if (root.debug() && !(ex instanceof OutputFailure)) {
            // a stack trace quotes exception messages, an HTTP library's quote of a server among them
            PrintWriter printable = new PrintWriter(new PrintableWriter(ctx.err()));
            ex.printStackTrace(printable);
            printable.flush();
        }
        return ctx.errors().report(ex);
    }

    /**
     * {@code steps ID}, with at most {@code -o FMT} and {@code --ca-cert FILE} (either spelling, before or
     * after the ID): the command users run most, set up as picocli would set it up but without building
     * picocli's model, which is most of the start-up left once classes come from the archive. Anything
     * else (another option, a second ID, an unknown format, a {@code @file}, {@code --}) returns null and
     * goes through picocli, so every error and help text stays picocli's.
     */
    static StepsCommand plainSteps(String[] args, CliContext ctx) {
        if (args.length < 2 || args.length > 6 || !args[0].equals("steps")) {
            return null;
        }
        String id = null;
        OutputFormat format = null;
        String caCert = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            boolean output = name.equals("--output") || (eq < 0 && a.equals("-o"));
            if (output || name.equals("--ca-cert")) {
                String value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isEmpty() || value.startsWith("-") || value.indexOf('\0') >= 0) {
                    return null;
                }
                if (output) {
                    if (format != null || (format = outputFormat(value)) == null) {
                        return null;
                    }
                } else if (caCert != null) {
                    return null;
                } else {
                    caCert = value;
                }
            } else if (id == null && !a.isEmpty() && a.charAt(0) != '-' && a.charAt(0) != '@' && !SUBCOMMANDS.containsKey(a)) {
                id = a;
            } else {
                return null;
            }
        }
        if (id == null) {
            return null;
        }
        OmstepsCommand root = new OmstepsCommand(ctx);
        root.color = TerminalSettings.ColorMode.AUTO; // the option's defaultValue
        StepsCommand steps = new StepsCommand();
        steps.root = root;
        steps.targetOptions = new TargetOptions();
        steps.targetOptions.caCert = caCert == null ? null : java.nio.file.Paths.get(caCert);
        steps.projectId = id;
        steps.lagThreshold = new LagThreshold(); // its default
        steps.output = format == null ? OutputFormat.TABLE : format; // the option's defaultValue
        return steps;
    }

    /** As picocli converts an enum value with case-insensitive values allowed. */
    private static OutputFormat outputFormat(String value) {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(value) || f.toString().equalsIgnoreCase(value)) {
                return f;
            }
        }
        return null;
    }

    /** As picocli's execute runs a command: its exit code, or a failure through the same handler. */
    private static int execute(StepsCommand steps) {
        try {
            return steps.call();
        } catch (Exception ex) {
            return failed(ex, steps.root, steps.root.context());
        }
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
