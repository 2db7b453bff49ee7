package dev.omsteps.cli;

import dev.omsteps.api.Sleeper;
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

    /** The real process: System streams, environment, home and clock. */
    public static CliContext system() {
        java.nio.charset.Charset cs = System.console() != null ? System.console().charset() : java.nio.charset.StandardCharsets.UTF_8;
        return new CliContext(System.getenv(), home(System.getenv(), System.getProperty("user.home")), System.in, System.out,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true),
                Clock.systemUTC(), Sleeper.REAL, System.console() != null);
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
