package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real program in a real pseudo-terminal (util-linux {@code script}): the watch view is
 * chosen because stdout is a terminal, and it redraws in place instead of scrolling.
 */
class TerminalSessionTest {

    @Test
    void demoInAPseudoTerminalRedrawsInPlace() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "COLUMNS=100 " + java + " -cp '" + System.getProperty("java.class.path") + "' dev.omsteps.cli.Main"
                + " demo --speed 20000 --interval 100ms";
        Process p = new ProcessBuilder(List.of("/usr/bin/script", "-qec", cmd, "/dev/null"))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the demo ends by itself");
        String screen = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), screen);
        assertTrue(screen.contains("\u001b[?25l"), "cursor hidden while drawing: " + screen);
        assertTrue(screen.matches("(?s).*\u001b\\[\\d+F\u001b\\[J.*"), "moves up and clears to redraw");
        assertTrue(screen.contains("Full migration") && screen.contains("watch ended: done (exit 0)"), screen);
        assertTrue(screen.contains("\u001b[?25h"), "cursor restored");
    }
}
