package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.time.Sleeper;
import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's first command, end to end on the real clock: simulator, signed HTTP, watch, exit 0. */
class DemoCommandIT {

    @TempDir
    Path home;

    @Test
    void demoWatchesTheMigrationToItsEndAndExits0() {
        CliRun.Result r = new CliRun(home).clock(Clock.systemUTC()).sleeper(Sleeper.REAL)
                .run("demo", "--speed", "20000", "--interval", "100ms");
        assertEquals(0, r.exitCode(), r.all());
        String out = r.stdout();
        assertTrue(out.contains("watching: "), out);
        assertTrue(out.contains("#6 Incremental sync: RUNNING → MONITORING"), out);
        // the watch stops where a real migration waits for its DBA (the switchover is a person's decision),
        // when a poll falls between the sync reaching MONITORING and the simulator starting the switchover
        assertTrue(out.contains("ready for switchover") && out.contains("TRANSFER_APP_SWITCH")
                || out.contains("done: all steps finished"), out);
        assertTrue(out.contains("Try the real thing"), out);
        assertFalse(out.contains("\u001b"), "piped: no escape codes");
    }

    @Test
    void demoOnATerminalRedrawsTheTable() {
        CliRun.Result r = new CliRun(home).clock(Clock.systemUTC()).sleeper(Sleeper.REAL).terminal(true).env("COLUMNS", "120")
                .run("demo", "--speed", "100000", "--interval", "100ms");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("Full verification"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*\u001b\\[\\d+F\u001b\\[2K.*"), "redrawn in place, overwriting line by line");
        r.stdout().lines().map(l -> l.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", ""))
                .forEach(l -> assertTrue(dev.omsteps.render.DisplayWidth.of(l) <= 120, "too wide: " + l));
    }
}
