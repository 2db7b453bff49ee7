package dev.omsteps.cli;

import dev.omsteps.api.ApiException;
import dev.omsteps.config.ConfigException;
import dev.omsteps.model.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Entry point; the only place that turns outcomes into exit codes and one-line errors. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, CliContext.system()));
    }

    public static int run(String[] args, CliContext ctx) {
        return commandLine(ctx).execute(args);
    }

    public static CommandLine commandLine(CliContext ctx) {
        OmstepsCommand root = new OmstepsCommand(ctx);
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            String cmd = e.getCommandLine().getCommandSpec().qualifiedName();
            error(ctx.err(), e.getMessage().replaceAll("\\s+", " ").strip(), "see '" + cmd + " --help'");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (root.debug()) {
                ex.printStackTrace(ctx.err());
            }
            return report(ex, ctx.err());
        });
        return cl;
    }

    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof UsageException u) {
            error(err, u.getMessage(), u.hint());
            return ExitCodes.USAGE;
        }
        if (ex instanceof ConfigException c) {
            error(err, c.getMessage(), c.hint());
            return ExitCodes.USAGE;
        }
        if (ex instanceof ApiException a) {
            String id = a.requestId() == null ? "" : " [request " + a.requestId() + "]";
            error(err, a.getMessage() + id, a.hint());
            return ExitCodes.API_ERROR;
        }
        error(err, "internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("\\s+", " ")),
                "rerun with --debug and report it");
        return ExitCodes.INTERNAL;
    }

    /** Exactly one line, whatever a server, a file or an argument put into the text. */
    static void error(PrintWriter err, String what, String todo) {
        err.println("omsteps: " + Printable.of(what) + (todo == null ? "" : " — " + Printable.of(todo)));
        err.flush();
    }
}
