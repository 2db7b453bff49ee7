package dev.omsteps.cli;

import dev.omsteps.time.Sleeper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Everything a command touches outside itself, injected so tests run commands in-process. */
public record CliContext(
        Map<String, String> env,
        Path home,
        InputStream in,
        OutputStream stdoutBytes,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        Sleeper sleeper,
        boolean stdoutIsTerminal,
        UserConsole console) {

    /** A context with no terminal to ask on (tests, build steps): a password prompt finds none. */
    public CliContext(Map<String, String> env, Path home, InputStream in, OutputStream stdoutBytes, PrintWriter out,
                      PrintWriter err, Clock clock, Sleeper sleeper, boolean stdoutIsTerminal) {
        this(env, home, in, stdoutBytes, out, err, clock, sleeper, stdoutIsTerminal, UserConsole.NONE);
    }

    /**
     * The real process: System streams, environment, home, clock and console. Standard output is the
     * file descriptor itself, not {@code System.out}, which would swallow write errors: a failed write
     * ends the command ({@link OutputFailure}).
     */
    public static CliContext system() {
        UserConsole console = UserConsole.system();
        Charset cs = console.charset();
        OutputStream stdout = new GuardedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        return new CliContext(System.getenv(), home(System.getenv(), System.getProperty("user.home")), System.in, stdout,
                new PrintWriter(new OutputStreamWriter(stdout, cs), true),
                new PrintWriter(new OutputStreamWriter(System.err, cs), true),
                Clock.systemDefaultZone(), Sleeper.REAL, console != UserConsole.NONE, console);
    }

    /** Where commands print their one-line errors. */
    public ErrorPrinter errors() {
        return new ErrorPrinter(err);
    }

    /**
     * {@code $HOME} when it is set, as the aliyun CLI and every shell tool read it; Java's {@code user.home}
     * comes from the passwd entry instead, which is wrong in containers, under {@code sudo -E} and in CI.
     */
    static Path home(Map<String, String> env, String passwdHome) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(passwdHome);
    }
}
