package dev.omsteps.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What makes a project ready for switchover in a report, and every reason it is not. */
class ReportVerdictTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    private static Step step(int order, String name, String status, int progress, Instant finish, StepMetrics m, List<ErrorDetail> errors) {
        return new Step(order, name, null, StepStatus.of(status), progress, DAY_AGO.plusSeconds(order * 60L), finish, m, errors,
                null, null, Map.of(), null);
    }

    private static StepMetrics lag(long checkpointAgo, long sampleAgo) {
        return StepMetrics.of("incrTimestampCheckpoint", NOW.getEpochSecond() - checkpointAgo,
                "checkpointSampleTimestamp", NOW.getEpochSecond() - sampleAgo, "enableIncrStatistics", true);
    }

    /** A migration settled in MONITORING with its switchover waiting, the incremental sync's lag as given. */
    private static List<Step> settled(StepMetrics incr) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(1, "PRE_CHECK", "FINISHED", 100, DAY_AGO.plusSeconds(90), null, List.of()));
        steps.add(step(2, "FULL_TRANSFER", "FINISHED", 100, DAY_AGO.plusSeconds(3600), null, List.of()));
        steps.add(step(3, "FULL_VERIFIER", "RUNNING", 100, DAY_AGO.plusSeconds(7200), null, List.of()));
        steps.add(step(4, "INCR_TRANSFER", "MONITORING", 100, null, incr, List.of()));
        steps.add(new Step(5, "TRANSFER_APP_SWITCH", null, StepStatus.of("INIT"), 0, null, null, null, List.of(), null, null, Map.of(), null));
        return steps;
    }

    private static VerificationReport verification(List<Step> steps, String result, long mismatched) {
        return new VerificationReport("np_1", NOW, mismatched, List.of(new TableVerification("shop", "orders", "shop", "FINISHED",
                result, null, 100, 10L, mismatched, 0L, 0L, null, List.of())), VerificationReport.verifierStepOf(steps));
    }

    private static Report report(List<Step> steps, VerificationReport v, List<Gap> gaps) {
        return new Report("np_1", NOW, "test", "omsteps test", Duration.ofHours(24), Duration.ofSeconds(25),
                new StepsSnapshot("np_1", NOW, "R", true, null, steps), null, v,
                new ProjectComponents("np_1", NOW, "R", List.of()), List.of(), gaps);
    }

    @Test
    void settledConsistentAndCaughtUpIsReady() {
        List<Step> steps = settled(lag(5, 2));
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertTrue(v.ready(), v.toString());
        assertEquals("READY FOR SWITCHOVER", v.headline());
    }

    @Test
    void lagBeyondTheThresholdIsNotReady() {
        List<Step> steps = settled(lag(90, 2));
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertEquals("NOT READY: incremental sync is lagging: 1m30s behind (lagging from 25s)", v.headline());
    }

    @Test
    void lagUnderTheThresholdButNotCaughtUpIsNotReadyEither() {
        // the rule a watch ends on (ProjectStage): ready wants the checkpoint within 25 s of the fetch
        List<Step> steps = settled(lag(40, 2));
        Report r = new Report("np_1", NOW, "test", "omsteps test", Duration.ofHours(24), Duration.ofSeconds(60),
                new StepsSnapshot("np_1", NOW, "R", true, null, steps), null, verification(steps, "CONSISTENT", 0),
                new ProjectComponents("np_1", NOW, "R", List.of()), List.of(), List.of());
        assertEquals(dev.omsteps.model.ProjectStage.SYNCING, r.stage());
        assertEquals("NOT READY: incremental sync is 40s behind (a switchover wants it within 25s)", r.verdict().headline());
    }

    @Test
    void aStaleSampleIsNotReadyEvenWhenItLooksCaughtUp() {
        // sampled ten minutes ago, one second behind then: the target is ten minutes behind now
        List<Step> steps = settled(lag(601, 600));
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertFalse(v.ready());
        assertTrue(v.blockers().get(0).startsWith("incremental sync last reported 10m00s ago"), v.blockers().toString());
    }

    @Test
    void differencesAndAFailedStepAreBothNamedWorstFirst() {
        List<Step> steps = settled(lag(5, 2));
        steps.set(1, step(2, "FULL_TRANSFER", "FAILED", 40, null, null,
                List.of(new ErrorDetail("CM-1", "ERROR", "disk full", Map.of(), Map.of(), null, Map.of(), null, Map.of()))));
        Verdict v = report(steps, verification(steps, "INCONSISTENT", 3), List.of()).verdict();
        assertEquals(List.of("Full migration failed: CM-1: disk full", "full verification: 1 table with differences or errors"),
                v.blockers());
        assertEquals("NOT READY: Full migration failed: CM-1: disk full (and 1 more)", v.headline());
    }

    @Test
    void verificationThatCouldNotBeReadBlocksAndSaysWhy() {
        List<Step> steps = settled(lag(5, 2));
        Verdict v = report(steps, null, List.of(new Gap("verification results", "permission denied"))).verdict();
        assertEquals(List.of("full verification results could not be read: permission denied"), v.blockers());
    }

    @Test
    void aSwitchoverAlreadyUnderWayIsNotReady() {
        List<Step> steps = settled(lag(5, 2));
        steps.set(4, new Step(5, "TRANSFER_APP_SWITCH", null, StepStatus.of("RUNNING"), 50, NOW.minusSeconds(30), null, null,
                List.of(), null, null, Map.of(), null));
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertEquals(List.of("the forward switchover has already started"), v.blockers());
    }

    @Test
    void aProjectWithoutASwitchoverStepIsNeverCalledReady() {
        List<Step> steps = settled(lag(5, 2));
        steps.remove(4);
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertEquals(List.of("the project has no forward switchover step (a synchronization, or switchover not enabled)"), v.blockers());
    }

    @Test
    void stepsNotStartedMakeOneReasonAndAnErrorOnAStepThatDidNotFailIsANote() {
        List<Step> steps = settled(lag(5, 2));
        steps.set(0, step(1, "PRE_CHECK", "FINISHED", 100, DAY_AGO.plusSeconds(90), null,
                List.of(new ErrorDetail("CM-2", "WARN", "slow source", Map.of(), Map.of(), null, Map.of(), null, Map.of()))));
        steps.set(2, new Step(3, "FULL_VERIFIER", null, StepStatus.of("INIT"), 0, null, null, null, List.of(), null, null, Map.of(), null));
        steps.set(3, new Step(4, "INCR_TRANSFER", null, StepStatus.of("INIT"), 0, null, null, null, List.of(), null, null, Map.of(), null));
        Verdict v = report(steps, verification(steps, "CONSISTENT", 0), List.of()).verdict();
        assertEquals(List.of("Full verification, Incremental sync have not started",
                "full verification: the full-verification step has not finished"), v.blockers());
        assertEquals(List.of("Pre-check reports an error: CM-2: slow source"), v.caveats());
    }
}
