package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.time.Sleeper;
import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's first command, end to end on the real clock: simulator, signed HTTP, watch, exit 0. */
class DemoCommandIT {

    @TempDir
    Path home;

    @Test
    void demoEndsReadyForSwitchoverSaysWhatADbaDoesNextAndExits0() {
        CliRun.Result r = new CliRun(home).clock(Clock.systemUTC()).sleeper(Sleeper.REAL)
                .run("demo", "--speed", "20000", "--interval", "100ms");
        assertEquals(0, r.exitCode(), r.all());
        String out = r.stdout();
        assertTrue(out.contains("watching: "), out);
        assertTrue(out.contains("#6 Incremental sync: RUNNING → MONITORING"), out);
        // the watch stops where a real migration waits for its DBA: the switchover is a person's decision
        List<String> lines = out.lines().toList();
        int end = lines.size() - 1;
        assertEquals("then: omsteps watch np_…", lines.get(end));
        assertEquals("Try the real thing: set ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET,", lines.get(end - 1));
        assertEquals("  4. Or keep watching through it: omsteps watch np_… --through-switchover", lines.get(end - 2));
        assertEquals("     ready to move.", lines.get(end - 3));
        assertEquals("  3. Start the forward switchover in the OMS console when the application is", lines.get(end - 4));
        assertEquals("  2. Check full verification found no differences: omsteps verify np_…", lines.get(end - 5));
        assertEquals("  1. Check the lag stays a few seconds behind: omsteps steps np_…", lines.get(end - 6));
        assertEquals("What a DBA does next:", lines.get(end - 7));
        assertEquals("", lines.get(end - 8));
        assertTrue(lines.stream().filter(l -> !l.contains("np_sim_full_migration")).allMatch(l -> l.length() <= 80),
                "what the demo says of its own fits 80 columns: " + out);
        String last = lines.get(end - 9);
        assertTrue(last.matches("\\d\\d:\\d\\d:\\d\\d UTC  np_sim_full_migration  ready for switchover, .*"
                + "the forward switchover \\(TRANSFER_APP_SWITCH\\) waits for you to start the cutover in OMS \\(exit 0\\)"), last);
        assertFalse(out.contains("done: all steps finished"), out);
        assertFalse(out.contains("Forward switchover:"), "the switchover never moves by itself: " + out);
        assertFalse(out.contains("\u001b"), "piped: no escape codes");
    }

    /** Every line's time comes from the one simulated clock: in order, never the wall clock after simulated hours. */
    @Test
    void everyTimeTheDemoPrintsIsOnOneSimulatedClock() {
        CliRun.Result r = new CliRun(home).clock(Clock.systemUTC()).sleeper(Sleeper.REAL)
                .run("demo", "--speed", "50000", "--interval", "50ms");
        assertEquals(0, r.exitCode(), r.all());
        List<LocalTime> times = r.stdout().lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d UTC  .*"))
                .map(l -> LocalTime.parse(l.substring(0, 8))).toList();
        assertTrue(times.size() > 5, r.stdout());
        // the migration is ready for switchover 4h42m after it starts; the wall clock moved seconds
        long minutes = 0;
        for (int i = 1; i < times.size(); i++) {
            long step = Duration.between(times.get(i - 1), times.get(i)).toMinutes();
            step = step < 0 ? step + 24 * 60 : step;
            assertTrue(step < 60, "time moves forward poll by poll: " + times.get(i - 1) + " then " + times.get(i));
            minutes += step;
        }
        assertTrue(minutes >= 4 * 60 + 42 && minutes < 5 * 60 + 30, minutes + " simulated minutes from first to last line");
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
