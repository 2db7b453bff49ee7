package dev.omsteps.cli;

import dev.omsteps.time.Sleeper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
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
        boolean stdoutIsTerminal) {

    /**
     * The real process: System streams, environment, home and clock. Standard output is the file
     * descriptor itself, not {@code System.out}, which would swallow write errors: a failed write
     * ends the command ({@link OutputFailure}).
     */
    public static CliContext system() {
        java.nio.charset.Charset cs = System.console() != null ? System.console().charset() : java.nio.charset.StandardCharsets.UTF_8;
        OutputStream stdout = new GuardedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), System.in, stdout,
                new PrintWriter(new java.io.OutputStreamWriter(stdout, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true),
                Clock.systemUTC(), Sleeper.REAL, System.console() != null);
    }
}
