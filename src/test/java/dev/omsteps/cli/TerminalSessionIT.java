package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import org.junit.jupiter.api.Test;

/**
 * The real program in a real pseudo-terminal (util-linux {@code script}): the watch view is
 * chosen because stdout is a terminal, and it redraws in place instead of scrolling.
 */
class TerminalSessionIT {

    @Test
    void demoInAPseudoTerminalRedrawsInPlace() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "TERM=xterm COLUMNS=100 " + java + " -cp '" + System.getProperty("java.class.path") + "' dev.omsteps.cli.Main"
                + " demo --speed 20000 --interval 100ms";
        Process p = new ProcessBuilder(List.of("/usr/bin/script", "-qec", cmd, "/dev/null"))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the demo ends by itself");
        String screen = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), screen);
        assertTrue(screen.contains("\u001b[?25l"), "cursor hidden while drawing: " + screen);
        assertTrue(screen.matches("(?s).*\u001b\\[\\d+F\u001b\\[2K.*"), "moves up and overwrites to redraw");
        assertTrue(screen.contains("Full migration") && screen.contains("watch ended: ready for switchover (exit 0)"), screen);
        assertTrue(screen.contains("\u001b[?25h"), "cursor restored");
    }

    @Test
    void ctrlCRestoresTheCursorAndExits130() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        try (Simulator sim = new Simulator(SimulatorOptions.defaults())) {
            String endpoint = sim.start().toString();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cmd = "TERM=xterm COLUMNS=100 ALIBABA_CLOUD_ACCESS_KEY_ID=" + SimulatorCredentials.DEMO_ACCESS_KEY_ID
                    + " ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET
                    + " OMSTEPS_ENDPOINT=" + endpoint + " exec " + java + " -cp '" + System.getProperty("java.class.path")
                    + "' dev.omsteps.cli.Main watch np_sim_full_migration --interval 1s";
            Process p = new ProcessBuilder(List.of("/usr/bin/script", "-qec", cmd, "/dev/null")).redirectErrorStream(true).start();
            p.getOutputStream().close();
            StringBuilder screen = new StringBuilder();
            java.io.InputStream in = p.getInputStream();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!screen.toString().contains("next poll in") && System.nanoTime() < deadline) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                screen.append((char) b);
            }
            assertTrue(screen.toString().contains("next poll in"), "the watch is drawing: " + screen);
            ProcessHandle watch = p.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst()
                    .orElseThrow(() -> new AssertionError("no java child"));
            new ProcessBuilder("kill", "-INT", Long.toString(watch.pid())).start().waitFor();
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(130, p.exitValue(), "Ctrl-C exits 130");
            assertTrue(rest.contains("\u001b[?25h"), "the cursor is shown again: " + rest);
            assertTrue(rest.contains("watch ended: interrupted (exit 130)"), "the last frame says how the watch ended: " + rest);
        }
    }
}
