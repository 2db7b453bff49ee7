package dev.omsteps.cli;

import dev.omsteps.api.ApiException;
import dev.omsteps.config.ConfigException;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.model.Printable;
import java.io.PrintWriter;

/**
 * The one-line error on stderr, {@code omsteps: <what> — <what to do>}, and the exit code each
 * kind of failure gets. Commands print through it (from {@link CliContext#errors()}) rather than
 * reaching back up to {@link Main}.
 */
public record ErrorPrinter(PrintWriter err) {

    /** Exactly one line, whatever a server, a file or an argument put into the text. */
    public void print(String what, String todo) {
        err.println("omsteps: " + Printable.of(what) + (todo == null ? "" : " — " + Printable.of(todo)));
        err.flush();
    }

    /** The exit code an exception that ended a command stands for (what {@link #report} returns). */
    public static int exitCode(Exception ex) {
        if (ex instanceof OutputFailure o) {
            return o.readerGone() ? ExitCodes.OUTPUT_CLOSED : ExitCodes.OUTPUT_FAILED;
        }
        if (ex instanceof FileWriteFailure) {
            return ExitCodes.OUTPUT_FAILED;
        }
        if (ex instanceof UsageException || ex instanceof ConfigException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof CredentialsException c) {
            return c.kind() == CredentialsException.Kind.CONFIG ? ExitCodes.USAGE : ExitCodes.API_ERROR;
        }
        return ex instanceof ApiException ? ExitCodes.API_ERROR : ExitCodes.INTERNAL;
    }

    /** Prints the line for a failure that ended a command and returns its exit code. */
    public int report(Exception ex) {
        if (ex instanceof OutputFailure o) {
            // a reader that went away (a closed pipe) wants no complaint, only the exit code
            if (!o.readerGone()) {
                print("cannot write to standard output: " + o.getMessage(), "check the disk or file it goes to");
            }
            return exitCode(ex);
        }
        if (ex instanceof FileWriteFailure f) {
            print(f.getMessage(), f.hint());
            return ExitCodes.OUTPUT_FAILED;
        }
        if (ex instanceof UsageException u) {
            print(u.getMessage(), u.hint());
            return ExitCodes.USAGE;
        }
        if (ex instanceof ConfigException c) {
            print(c.getMessage(), c.hint());
            return ExitCodes.USAGE;
        }
        if (ex instanceof CredentialsException c) {
            print(c.getMessage(), c.hint());
            return c.kind() == CredentialsException.Kind.CONFIG ? ExitCodes.USAGE : ExitCodes.API_ERROR;
        }
        if (ex instanceof ApiException a) {
            String id = a.requestId() == null ? "" : " [request " + a.requestId() + "]";
            print(a.getMessage() + id, a.hint());
            return ExitCodes.API_ERROR;
        }
        print("internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("\\s+", " ")),
                "rerun with --debug and report it");
        return ExitCodes.INTERNAL;
    }
}
