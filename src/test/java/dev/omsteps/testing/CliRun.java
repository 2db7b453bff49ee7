package dev.omsteps.testing;

import dev.omsteps.time.Sleeper;
import dev.omsteps.cli.CliContext;
import dev.omsteps.cli.Main;
import dev.omsteps.cli.UserConsole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI in-process with an injected environment, home, clock and captured output. */
public final class CliRun {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Map<String, String> env = new HashMap<>();
    private Path home;
    private Clock clock = Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC);
    private Sleeper sleeper = d -> { };
    private String stdin = "";
    private boolean terminal;
    private UserConsole console = UserConsole.NONE;

    public CliRun(Path home) {
        this.home = home;
    }

    public CliRun env(String k, String v) {
        env.put(k, v);
        return this;
    }

    public CliRun credentials(String id, String secret) {
        return env("ALIBABA_CLOUD_ACCESS_KEY_ID", id).env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret);
    }

    public CliRun clock(Clock c) {
        this.clock = c;
        return this;
    }

    public CliRun sleeper(Sleeper s) {
        this.sleeper = s;
        return this;
    }

    public CliRun stdin(String s) {
        this.stdin = s;
        return this;
    }

    public CliRun terminal(boolean t) {
        this.terminal = t;
        // a terminal that moves its cursor, unless a test says otherwise
        env.putIfAbsent("TERM", "xterm-256color");
        return this;
    }

    public CliRun console(UserConsole c) {
        this.console = c;
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter outW = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errW = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CliContext ctx = new CliContext(Map.copyOf(env), home,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, outW, errW, clock, sleeper, terminal, console);
        int code = Main.run(args, ctx);
        outW.flush();
        errW.flush();
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, byte[] stdoutBytes, String stderr) {
        public String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        public String all() {
            return stdout() + stderr;
        }
    }
}
