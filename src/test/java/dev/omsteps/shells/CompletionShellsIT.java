package dev.omsteps.shells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts in the real shells (Debian's bash with bash-completion, zsh, fish; zsh driven under
 * tmux as a user would type), using what {@code omsteps completion SHELL} prints from the built jar, with an
 * {@code omsteps} on PATH for the names asked at completion time.
 */
class CompletionShellsIT {

    static final Path JAR = Path.of("target", "omsteps.jar").toAbsolutePath();
    static final Path BASH_COMPLETION = Path.of("/usr/share/bash-completion/bash_completion");

    @TempDir
    Path dir;

    private Path bin;

    @BeforeEach
    void installOmsteps() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "the jar is built by 'mvn package' before the integration tests");
        bin = Files.createDirectories(dir.resolve("bin"));
        Path launcher = bin.resolve("omsteps");
        Files.writeString(launcher, "#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -Xshare:auto -jar '" + JAR + "' \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cfg = Files.createDirectories(dir.resolve("xdg/omsteps")).resolve("config.yaml");
        Files.writeString(cfg, "contexts:\n  prodctx: {region: cn-shanghai}\n  dc1ctx: {oms-url: \"http://127.0.0.1:1\"}\n");
    }

    private static boolean installed(String program) {
        return Files.isExecutable(Path.of("/usr/bin", program)) || Files.isExecutable(Path.of("/bin", program));
    }

    private record Run(int code, String out) {
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private String omsteps(String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of(bin.resolve("omsteps").toString()));
        c.addAll(List.of(args));
        Run r = run(c);
        assertEquals(0, r.code(), r.out());
        return r.out();
    }

    @Test
    void whatTheCommandPrintsIsTheShippedFile() throws Exception {
        for (String[] shell : new String[][] {{"bash", "omsteps.bash"}, {"zsh", "_omsteps"}, {"fish", "omsteps.fish"}}) {
            assertEquals(Files.readString(Path.of("completions", shell[1])), omsteps("completion", shell[0]), shell[0]);
        }
    }

    /** Completes the words in bash the way readline would call the function, after bash-completion is loaded. */
    private List<String> bash(String line) throws Exception {
        String script = "source " + BASH_COMPLETION + "\n"
                + "source <(omsteps completion bash)\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
                + "[[ \"$COMP_LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "complete -p omsteps >/dev/null || exit 9\n"
                // compopt only works under readline: outside it, it complains and does nothing, which is fine here
                + "_complete_omsteps omsteps \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Run r = run(List.of("bash", "--norc", "--noprofile", "-c", script));
        assertEquals(0, r.code(), r.out());
        return r.out().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bashWithBashCompletion() throws Exception {
        assumeTrue(installed("bash") && Files.isRegularFile(BASH_COMPLETION), "needs bash and bash-completion");
        List<String> commands = bash("omsteps ");
        assertTrue(commands.containsAll(List.of("steps", "watch", "projects", "demo", "simulate", "config", "completion", "help")),
                "every command, not just 'completion': " + commands);
        assertEquals(List.of("steps"), bash("omsteps st"));
        assertTrue(bash("omsteps steps --").containsAll(List.of("--context", "--proxy", "--output")), "steps' options");
        assertFalse(bash("omsteps demo --").contains("--region"), "demo does not offer cloud options");
        assertEquals(List.of("auto", "always", "never"), bash("omsteps demo --color "));
        assertEquals(List.of("table", "wide", "json", "raw"), bash("omsteps steps -o "));
        assertEquals(List.of("cloud", "selfhosted"), bash("omsteps simulate --flavour "));
        assertEquals(List.of("prodctx", "dc1ctx"), bash("omsteps watch --context "));
    }

    @Test
    void fish() throws Exception {
        assumeTrue(installed("fish"), "needs fish");
        String script = "source (omsteps completion fish | psub)\n"
                + "complete -C 'omsteps '\necho ---\n"
                + "complete -C 'omsteps steps -o '\necho ---\n"
                + "complete -C 'omsteps watch --context '\necho ---\n"
                + "complete -C 'omsteps demo --'\n";
        Run r = run(List.of("fish", "--no-config", "-c", script));
        assertEquals(0, r.code(), r.out());
        String[] parts = r.out().split("---\n");
        assertTrue(parts[0].contains("steps\t") && parts[0].contains("watch\t") && parts[0].contains("projects\t"), parts[0]);
        assertEquals(List.of("json", "raw", "table", "wide"), parts[1].lines().map(l -> l.split("\t")[0]).sorted().toList());
        assertEquals(List.of("dc1ctx", "prodctx"), parts[2].lines().map(l -> l.split("\t")[0]).sorted().toList());
        assertFalse(parts[3].contains("--region"), parts[3]);
        assertTrue(parts[3].contains("--speed"), parts[3]);
    }

    @Test
    void zshFromFpathAndSourced() throws Exception {
        assumeTrue(installed("zsh") && installed("tmux"), "needs zsh and tmux");
        Path fpath = Files.createDirectories(dir.resolve("zfunc"));
        Files.writeString(fpath.resolve("_omsteps"), omsteps("completion", "zsh"));
        String viaFpath = "fpath=(" + fpath + " $fpath); autoload -Uz compinit; compinit -u -d " + dir.resolve("zcompdump1");
        String sourced = "autoload -Uz compinit; compinit -u -d " + dir.resolve("zcompdump2") + "; source <(omsteps completion zsh)";
        for (String setup : List.of(viaFpath, sourced)) {
            try (Tmux tmux = new Tmux("zsh -f")) {
                tmux.type(setup + "; PS1='> '; clear", "Enter");
                tmux.type("omsteps proj", "Tab");
                tmux.await("omsteps projects", setup); // tmux drops trailing blanks from the screen
                tmux.type(" --col", "Tab");
                tmux.await("--color=", setup);
                tmux.type("C-u", "omsteps steps --context ", "Tab");
                tmux.await("dc1ctx", setup);
                String screen = tmux.screen();
                assertFalse(screen.contains("command not found") || screen.contains("compopt"), screen);
            }
        }
    }

    /** A detached tmux session on its own server socket, 200×50. */
    private final class Tmux implements AutoCloseable {
        private final String socket = "omsteps-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

        Tmux(String shell) throws Exception {
            tmux("new-session", "-d", "-x", "200", "-y", "50", "env PATH='" + bin + ":" + System.getenv("PATH") + "' HOME='" + dir
                    + "' XDG_CONFIG_HOME='" + dir.resolve("xdg") + "' TERM=xterm " + shell);
        }

        private String tmux(String... args) throws Exception {
            List<String> c = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
            c.addAll(List.of(args));
            Run r = run(c);
            assertEquals(0, r.code(), c + ": " + r.out());
            return r.out();
        }

        void type(String... keys) throws Exception {
            for (String k : keys) {
                boolean special = k.equals("Enter") || k.equals("Tab") || k.startsWith("C-");
                List<String> c = new ArrayList<>(List.of("send-keys", "-t", "0"));
                if (!special) {
                    c.add("-l");
                }
                c.add(k);
                tmux(c.toArray(String[]::new));
            }
        }

        String screen() throws Exception {
            return tmux("capture-pane", "-p", "-t", "0");
        }

        /** Polls the screen until it shows {@code text}: completion runs a JVM, so it takes a moment. */
        void await(String text, String what) throws Exception {
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            String screen = "";
            while (Instant.now().isBefore(until)) {
                screen = screen();
                if (screen.contains(text)) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("'" + text + "' never appeared (" + what + "):\n" + screen);
        }

        @Override
        public void close() throws Exception {
            run(List.of("tmux", "-L", socket, "kill-server"));
        }
    }
}
