package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts fire once when their condition has held, clear once when its opposite has, and do not flap at the limit. */
class AlertWatchTest {

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<String> heard = new ArrayList<>();
    private final WatchListener target = new WatchListener() {
        @Override
        public void onAlert(AlertEvent a) {
            heard.add((a.firing() ? "fired " : "cleared ") + a.rule().text() + ": " + a.detail());
        }
    };

    private StepsSnapshot incremental(long lagSeconds, String status, int progress) {
        Instant now = clock.instant();
        StepMetrics m = StepMetrics.of("incrTimestampCheckpoint", now.getEpochSecond() - lagSeconds,
                "checkpointSampleTimestamp", now.getEpochSecond(), "enableIncrStatistics", true);
        Step st = new Step(5, "INCR_TRANSFER", null, StepStatus.of(status), progress, now.minusSeconds(3600), null, m,
                null, null, null, null, null);
        return new StepsSnapshot("np_1", now, null, true, null, List.of(st));
    }

    /** One poll a minute for {@code lags.length} minutes. */
    private void polls(AlertWatch w, long... lags) {
        for (long lag : lags) {
            w.onSnapshot("np_1", incremental(lag, "MONITORING", 100), List.of(), null);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void lagFiresOnceAfterHoldingAndClearsOnceWellUnderTheLimit() {
        AlertWatch w = new AlertWatch(List.of(AlertRule.parse("lag>30s for 5m")), false, clock, target);
        polls(w, 40, 40, 40, 40, 40);
        assertEquals(List.of(), heard, "four minutes above: not yet");
        polls(w, 40);
        assertEquals(List.of("fired lag>30s for 5m: lag 40s above 30s"), heard);
        polls(w, 29, 31, 28, 35, 27, 40);
        assertEquals(1, heard.size(), "wobbling around the limit neither clears nor fires again");
        polls(w, 10, 10, 10, 10, 10, 10);
        assertEquals(List.of("fired lag>30s for 5m: lag 40s above 30s", "cleared lag>30s for 5m: lag 10s within 30s"), heard);
        polls(w, 10, 10, 10);
        assertEquals(2, heard.size());
    }

    @Test
    void aDipBelowTheLimitRestartsTheHoldTime() {
        AlertWatch w = new AlertWatch(List.of(AlertRule.parse("lag > 1m for 3m")), false, clock, target);
        polls(w, 90, 90, 30, 90, 90);
        assertEquals(List.of(), heard);
        polls(w, 90, 90);
        assertEquals(1, heard.size());
    }

    @Test
    void stalledFiresWhenNothingMovesAndClearsWhenItDoes() {
        AlertWatch w = new AlertWatch(List.of(AlertRule.parse("stalled 10m")), false, clock, target);
        StepsSnapshot still = incremental(0, "RUNNING", 40);
        for (int i = 0; i < 10; i++) {
            // the same checkpoint and progress every poll
            w.onSnapshot("np_1", still, List.of(), null);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(List.of(), heard, "nine minutes without movement");
        w.onSnapshot("np_1", still, List.of(), null);
        assertEquals(List.of("fired stalled 10m: no progress and no checkpoint advance for 10m"), heard);
        clock.advance(Duration.ofMinutes(1));
        w.onSnapshot("np_1", still, List.of(), null);
        assertEquals(1, heard.size(), "fired once");
        w.onSnapshot("np_1", incremental(0, "RUNNING", 41), List.of(), null);
        assertEquals("cleared stalled 10m: moving again", heard.get(1));
    }

    @Test
    void rulesParseAndBadOnesSayWhy() {
        assertEquals(new AlertRule(AlertRule.Kind.LAG, Duration.ofSeconds(30), Duration.ofMinutes(5)), AlertRule.parse("lag>30s for 5m"));
        assertEquals(new AlertRule(AlertRule.Kind.LAG, Duration.ofMinutes(2), Duration.ZERO), AlertRule.parse("LAG>2m"));
        assertEquals("stalled 10m", AlertRule.parse(" stalled 10m ").text());
        assertEquals("'lag<30s' is not an alert rule", assertThrows(IllegalArgumentException.class, () -> AlertRule.parse("lag<30s")).getMessage());
        assertEquals("'soon' in 'stalled soon' is not a duration",
                assertThrows(IllegalArgumentException.class, () -> AlertRule.parse("stalled soon")).getMessage());
    }

    @Test
    void importanceGivesDefaultsOnlyWhenKnown() {
        assertEquals("lag>30s for 2m", AlertRule.defaultsFor("high").orElseThrow().get(0).text());
        assertEquals(java.util.Optional.empty(), AlertRule.defaultsFor(null));
        assertEquals(java.util.Optional.empty(), AlertRule.defaultsFor("URGENT"));
    }

    private dev.omsteps.model.ProjectSummary listed(String id, String importance, long lagSeconds) {
        StepsSnapshot s = incremental(lagSeconds, "MONITORING", 100);
        return new dev.omsteps.model.ProjectSummary(id, id, "SYNC", "RUNNING", null, null, null, null, null, null, s.steps(),
                null, null, lagSeconds, clock.instant(), importance, List.of(), null, null);
    }

    @Test
    void withoutRulesAListedProjectGetsItsImportancesDefaultsAndAnUnknownImportanceNone() {
        AlertWatch w = new AlertWatch(List.of(), true, clock, target);
        for (int minute = 0; minute <= 2; minute++) {
            // 45 s behind: above HIGH's 30 s (for 2m), under MEDIUM's 1m, and nobody woken for a project of unknown importance
            w.onProjects(List.of(listed("np_h", "HIGH", 45), listed("np_m", "MEDIUM", 45), listed("np_u", null, 45)), clock.instant());
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(List.of("fired lag>30s for 2m: lag 45s above 30s"), heard);
    }

    @Test
    void aStaleSampleCountsWithItsAgeAsEveryViewShowsIt() {
        // caught up when sampled, but sampled ten minutes before the fetch: ten minutes behind
        Instant now = clock.instant();
        StepMetrics m = StepMetrics.of("incrTimestampCheckpoint", now.getEpochSecond() - 601,
                "checkpointSampleTimestamp", now.getEpochSecond() - 600);
        Step st = new Step(5, "INCR_TRANSFER", null, StepStatus.of("MONITORING"), 100, now.minusSeconds(3600), null, m,
                null, null, null, null, null);
        assertEquals(Duration.ofSeconds(601), AlertWatch.lagOf(new StepsSnapshot("np_1", now, null, true, null, List.of(st))));
    }

    @Test
    void aSingleWatchWithoutRulesTakesItsImportanceDefaultsAskingOncePerProject() {
        List<String> asked = new ArrayList<>();
        AlertWatch w = new AlertWatch(List.of(), false, clock, target, id -> {
            asked.add(id);
            return "HIGH";
        });
        polls(w, 40, 40, 40); // HIGH: lag>30s for 2m
        assertEquals(List.of("fired lag>30s for 2m: lag 40s above 30s"), heard);
        polls(w, 40, 5, 5, 5, 5);
        assertEquals(List.of("np_1"), asked, "one look-up for the whole watch");
    }

    @Test
    void anUnknownImportanceMeansNoDefaultAlertsAndIsNotAskedAgain() {
        List<String> asked = new ArrayList<>();
        AlertWatch w = new AlertWatch(List.of(), false, clock, target, id -> {
            asked.add(id);
            return null;
        });
        polls(w, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000);
        assertEquals(List.of(), heard);
        assertEquals(List.of("np_1"), asked);
    }

    @Test
    void givenRulesAreUsedWithoutAskingTheImportance() {
        AlertWatch w = new AlertWatch(List.of(AlertRule.parse("lag>30s for 5m")), false, clock, target, id -> {
            throw new AssertionError("no look-up when rules are given");
        });
        polls(w, 40, 40, 40, 40, 40, 40);
        assertEquals(1, heard.size());
    }
}
