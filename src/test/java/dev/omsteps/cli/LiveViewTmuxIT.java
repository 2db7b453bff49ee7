package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omsteps.render.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo's live view in a real tmux (its own server, default options: scroll-on-clear on) at 40,
 * 80 and 120 columns and short heights: while it redraws, nothing more goes into tmux's history; no
 * line is wider than the pane (wrapped lines are joined back by {@code capture-pane -J}); after a
 * resize the frame fits the new size; after Ctrl-C the last frame says how the watch ended.
 */
class LiveViewTmuxIT {

    private final String server = "omsteps-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "tmux answers");
        return out;
    }

    private List<String> screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", "w").lines().toList();
    }

    private int history() throws IOException, InterruptedException {
        return Integer.parseInt(tmux("display-message", "-p", "-t", "w", "#{history_size}").strip());
    }

    private List<String> waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        List<String> s = screen();
        while (s.stream().noneMatch(l -> l.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            s = screen();
        }
        assertTrue(s.stream().anyMatch(l -> l.contains(text)), "no '" + text + "' on screen:\n" + String.join("\n", s));
        return s;
    }

    private static void fits(List<String> screen, int cols, int rows) {
        assertTrue(screen.size() <= rows, screen.size() + " lines");
        for (String l : screen) {
            assertTrue(DisplayWidth.of(l) <= cols, "wider than " + cols + ": " + l);
        }
    }

    @ParameterizedTest(name = "{0}x{1} then {2}x{3}")
    @CsvSource({"40,10,80,14", "80,12,40,8", "120,30,80,12"})
    void theLiveViewFitsRedrawsInPlaceAndFollowsAResize(int cols, int rows, int cols2, int rows2) throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v tmux").start().waitFor() == 0, "tmux is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "exec " + java + " -cp '" + System.getProperty("java.class.path") + "' dev.omsteps.cli.Main"
                + " demo --speed 150 --interval 200ms";
        try {
            tmux("new-session", "-d", "-s", "w", "-x", Integer.toString(cols), "-y", Integer.toString(rows),
                    "-e", "TERM=tmux-256color", "-e", "LANG=C.UTF-8", cmd);
            tmux("set-option", "-t", "w", "remain-on-exit", "on");
            fits(waitFor("Full migration"), cols, rows);
            // the demo's first poll comes at the migration's start: let the frame grow to its full height (the trend
            // line joins it a few polls into full migration), which may push the demo's header line into the history
            Thread.sleep(3000);
            int before = history();
            Thread.sleep(2500);
            List<String> s = screen();
            fits(s, cols, rows);
            assertEquals(before, history(), "frames redrawn in place add nothing to the history:\n" + String.join("\n", s));

            tmux("resize-window", "-t", "w", "-x", Integer.toString(cols2), "-y", Integer.toString(rows2));
            Thread.sleep(1500);
            int afterResize = history();
            Thread.sleep(2000);
            fits(screen(), cols2, rows2);
            assertEquals(afterResize, history(), "nothing added to the history after the resize either");

            tmux("send-keys", "-t", "w", "C-c");
            List<String> end = waitFor("watch ended");
            assertTrue(end.stream().anyMatch(l -> l.contains("interrupted (exit 130)") || l.contains("(exit 130)")),
                    String.join("\n", end));
            assertTrue(end.stream().noneMatch(l -> l.contains("next poll in")), String.join("\n", end));
        } finally {
            tmux("kill-server");
        }
    }
}
