package dev.omsteps.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.sim.SimulatedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scenarios as pure functions of simulated time: figures consistent with each other and with time. */
class ScenariosTest {

    private static final Instant ORIGIN = Instant.parse("2026-11-25T10:00:00Z");

    private static List<StepView> steps(Scenario s, Duration elapsed) {
        return steps(s, elapsed, Switchovers.NEVER);
    }

    private static List<StepView> steps(Scenario s, Duration elapsed, Switchovers switchovers) {
        return ((ScenarioAnswer.Steps) s.answerAt(new ScenarioTime(ORIGIN, elapsed, 7, switchovers))).steps();
    }

    /** A DBA who starts the switchover {@code after} it began to wait. */
    private static Switchovers startedAfter(Duration after) {
        return (id, waitingSince) -> Optional.of(waitingSince.plus(after));
    }

    private static StepView step(List<StepView> steps, String name) {
        return steps.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static long lng(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    @Test
    void fullMigrationMetricsMoveConsistentlyWithTime() {
        Scenario s = new FullMigrationScenario();
        Switchovers dba = startedAfter(Duration.ofMinutes(30));
        Duration end = s.switchoverWaitsFrom().orElseThrow().plusMinutes(31);
        long lastProcessed = -1;
        long lastVerified = -1;
        boolean sawMonitoring = false;
        Set<Long> lags = new HashSet<>();
        for (Duration t = Duration.ZERO; t.compareTo(end.plusMinutes(10)) <= 0; t = t.plusSeconds(37)) {
            List<StepView> steps = steps(s, t, dba);
            for (String name : List.of("FULL_TRANSFER", "FULL_VERIFIER")) {
                StepView v = step(steps, name);
                if (v.stepInfo() == null) {
                    assertEquals("INIT", v.status());
                    continue;
                }
                long processed = lng(v.stepInfo(), "processedRecords");
                long capacity = lng(v.stepInfo(), "capacity");
                assertTrue(processed >= 0 && processed <= capacity, name + " " + processed);
                assertEquals(processed * 100 / capacity, v.progress(), name + " at " + t);
                if (v.status().equals("RUNNING") && v.finishTime() == null) {
                    assertTrue(lng(v.stepInfo(), "srcRps") > 0 && lng(v.stepInfo(), "dstIops") > 0);
                    assertTrue(Math.abs(lng(v.stepInfo(), "dstRps") - lng(v.stepInfo(), "dstRpsRef"))
                            <= lng(v.stepInfo(), "dstRpsRef") / 10, "dstRps near its baseline");
                }
                if (name.equals("FULL_TRANSFER")) {
                    assertTrue(processed >= lastProcessed, "processed never goes back");
                    lastProcessed = processed;
                } else {
                    assertTrue(processed >= lastVerified);
                    lastVerified = processed;
                }
            }
            StepView incr = step(steps, "INCR_TRANSFER");
            if (incr.stepInfo() != null) {
                long lag = lng(incr.stepInfo(), "checkpointSampleTimestamp") - lng(incr.stepInfo(), "incrTimestampCheckpoint");
                assertTrue(lag >= 0, "lag " + lag);
                Duration sampled = t.compareTo(end) < 0 ? t : end; // frozen once the switchover ends it
                assertEquals(ORIGIN.plus(sampled).getEpochSecond(), lng(incr.stepInfo(), "checkpointSampleTimestamp"));
                if (incr.status().equals("MONITORING")) {
                    sawMonitoring = true;
                    lags.add(lag);
                    assertTrue(lag <= 10, "steady lag is small: " + lag);
                }
            }
        }
        assertTrue(sawMonitoring, "incremental sync reaches MONITORING");
        assertTrue(lags.size() > 1, "the lag moves: " + lags);
    }

    /**
     * Where a real migration stops by itself (oceanbase/odc's project_step.json, kept as captures/odc-project-step.json):
     * full verification RUNNING at 100 with a finish time, the log pull FINISHED, incremental sync MONITORING at 100,
     * the forward switchover INIT — and it stays so, however long nobody starts the switchover.
     */
    @Test
    void fullMigrationWaitsForItsSwitchoverAsRealOmsDoes() {
        Scenario s = new FullMigrationScenario();
        Duration ready = s.switchoverWaitsFrom().orElseThrow();
        assertEquals(ready, s.endsAfter().orElseThrow());
        for (Duration t : List.of(ready, ready.plusHours(1), ready.plusDays(3))) {
            List<StepView> steps = steps(s, t);
            StepView verify = step(steps, "FULL_VERIFIER");
            assertEquals(List.of("RUNNING", 100), List.of(verify.status(), verify.progress()));
            assertTrue(verify.finishTime() != null, "a finish time, though RUNNING");
            assertEquals("FINISHED", step(steps, "INCR_LOG_PULL").status());
            StepView incr = step(steps, "INCR_TRANSFER");
            assertEquals(List.of("MONITORING", 100), List.of(incr.status(), incr.progress()));
            StepView switchover = step(steps, "TRANSFER_APP_SWITCH");
            assertEquals(List.of("INIT", 0), List.of(switchover.status(), switchover.progress()));
            assertNull(switchover.startTime());
        }
        assertEquals("RUNNING", step(steps(s, ready.minusMinutes(1)), "INCR_TRANSFER").status(), "still catching up before");
    }

    @Test
    void fullMigrationEndsWithEverythingFinishedOnceTheSwitchoverIsStartedAndQuicklyAtDemoSpeed() {
        Scenario s = new FullMigrationScenario();
        Switchovers dba = startedAfter(Duration.ofMinutes(10));
        Duration end = s.switchoverWaitsFrom().orElseThrow().plusMinutes(11);
        assertTrue(steps(s, end.minusSeconds(1), dba).stream().anyMatch(v -> !v.status().equals("FINISHED")));
        List<StepView> done = steps(s, end, dba).stream().filter(v -> !v.name().equals("FULL_VERIFIER")).toList();
        assertTrue(done.stream().allMatch(v -> v.status().equals("FINISHED") && v.progress() == 100), done.toString());
        assertEquals(steps(s, end, dba), steps(s, end.plusHours(5), dba), "nothing changes after the end");
        SimulatedClock demo = new SimulatedClock(Clock.fixed(ORIGIN, ZoneOffset.UTC), 2000);
        assertTrue(demo.realTimeFor(end).compareTo(Duration.ofSeconds(30)) < 0, "at --speed 2000 the end comes in "
                + demo.realTimeFor(end));
        assertEquals("TRANSFER_APP_SWITCH", done.get(done.size() - 1).name());
    }

    @Test
    void stepsGoInitRunningFinishedWithTimesInOmsFormat() {
        Scenario s = new FullMigrationScenario();
        StepView before = step(steps(s, Duration.ofSeconds(10)), "STRUCT_TRANSFER");
        StepView during = step(steps(s, Duration.ofSeconds(60)), "STRUCT_TRANSFER");
        StepView after = step(steps(s, Duration.ofMinutes(5)), "STRUCT_TRANSFER");
        assertEquals(List.of("INIT", "RUNNING", "FINISHED"), List.of(before.status(), during.status(), after.status()));
        assertNull(before.startTime());
        assertEquals("2026-11-25T10:00:30", during.startTime());
        assertNull(during.finishTime());
        assertEquals("2026-11-25T10:02:00", after.finishTime());
        assertEquals("结构迁移", after.description());
    }

    @Test
    void suspendedMigrationFreezesPartwayThroughFullTransfer() {
        SuspendedMigrationScenario s = new SuspendedMigrationScenario();
        Duration at = s.endsAfter().orElseThrow();
        StepView running = step(steps(s, at.minusMinutes(1)), "FULL_TRANSFER");
        StepView suspended = step(steps(s, at), "FULL_TRANSFER");
        StepView later = step(steps(s, at.plusHours(3)), "FULL_TRANSFER");
        assertEquals("RUNNING", running.status());
        assertEquals("SUSPEND", suspended.status());
        assertEquals("SUSPEND", later.status());
        assertTrue(suspended.progress() > 0 && suspended.progress() < 100);
        assertEquals(lng(suspended.stepInfo(), "processedRecords"), lng(later.stepInfo(), "processedRecords"));
        assertEquals(0, lng(later.stepInfo(), "dstRps"));
        assertTrue(lng(running.stepInfo(), "processedRecords") < lng(suspended.stepInfo(), "processedRecords"));
    }

    @Test
    void steadySyncStaysInMonitoringWithASmallMovingLag() {
        Scenario s = new SteadySyncScenario();
        Set<Long> lags = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            List<StepView> steps = steps(s, Duration.ofSeconds(i * 7L));
            StepView incr = step(steps, "INCR_TRANSFER");
            assertEquals("MONITORING", incr.status());
            long lag = lng(incr.stepInfo(), "checkpointSampleTimestamp") - lng(incr.stepInfo(), "incrTimestampCheckpoint");
            assertTrue(lag >= 0 && lag <= 10, "lag " + lag);
            lags.add(lag);
            assertEquals("FINISHED", step(steps, "FULL_TRANSFER").status());
        }
        assertTrue(lags.size() > 2, "lag moves: " + lags);
        assertTrue(s.endsAfter().isEmpty());
    }

    @Test
    void failedPreCheckPlaceholdersAreAllInTheExtraContext() {
        StepView pre = steps(new PrecheckFailedScenario(), Duration.ZERO).get(0);
        assertEquals("FAILED", pre.status());
        ErrorDetailView d = pre.extraInfo().errorDetails().get(0);
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(d.message());
        int placeholders = 0;
        while (m.find()) {
            placeholders++;
            assertTrue(d.extraContext().containsKey(m.group(1)), m.group(1));
        }
        assertEquals(2, placeholders);
        assertFalse(d.reason().isBlank());
        assertFalse(d.proposal().isBlank());
        assertFalse(pre.extraInfo().errorCode().isBlank());
        assertFalse(pre.extraInfo().errorMsg().isBlank());
        assertFalse(pre.extraInfo().failedTime().isBlank());
    }

    @Test
    void sameMomentAndSeedGiveTheSameFiguresAndAnotherSeedOthers() {
        Scenario s = new FullMigrationScenario();
        Duration t = Duration.ofHours(1);
        assertEquals(steps(s, t), steps(s, t));
        List<StepView> other = ((ScenarioAnswer.Steps) s.answerAt(new ScenarioTime(ORIGIN, t, 8))).steps();
        assertNotEquals(step(steps(s, t), "FULL_TRANSFER").stepInfo(), step(other, "FULL_TRANSFER").stepInfo());
    }

    @Test
    void catalogHasSixStableReadableIds() {
        assertEquals(List.of("np_sim_full_migration", "np_sim_precheck_failed", "np_sim_suspended",
                "np_sim_sync_monitoring", "np_sim_doc_example", "np_sim_verify_differences"), ScenarioCatalog.standard().ids());
    }
}
