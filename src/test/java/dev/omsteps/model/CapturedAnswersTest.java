package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.Captures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model read against answers captured from real OMS and examples Alibaba Cloud publishes
 * ({@code src/test/resources/captures}, sources in its README), not against the simulator's picture of OMS.
 */
class CapturedAnswersTest {

    final ResponseParser parser = new ResponseParser();
    static final Duration LAGGING_FROM = ProjectStage.DEFAULT_LAGGING_FROM;

    StepsSnapshot odcSteps(Instant fetchedAt) {
        return parser.parseSteps("np_odc", fetchedAt, Captures.odcStepsAnswer().getBytes(StandardCharsets.UTF_8));
    }

    static Instant afterCheckpoint(long checkpoint, Duration d) {
        return Instant.ofEpochSecond(checkpoint).plus(d);
    }

    @Test
    void aMigrationVerifiedWithItsSwitchoverWaitingIsReadyForSwitchover() {
        StepsSnapshot s = odcSteps(afterCheckpoint(Captures.ODC_CHECKPOINT, Duration.ofSeconds(10)));
        assertEquals(ProjectStage.READY_FOR_SWITCHOVER, s.stage(LAGGING_FROM));
        assertTrue(s.stage(LAGGING_FROM).isSettled());
        Step verifier = s.steps().get(4);
        assertEquals("FULL_VERIFIER", verifier.name());
        assertEquals(StepStatus.Kind.RUNNING, verifier.status().kind(), "the status stays as OMS wrote it");
        assertTrue(verifier.isFinished(), "RUNNING at 100 with a finish time is done");
        assertNull(verifier.eta(s.fetchedAt()));
        assertEquals(4, s.finishedCount(), "pre-check, log pull, full migration and verification");
        assertEquals(6, s.steps().size());
    }

    @Test
    void aStaleOrLargeLagIsNeverReadyAndLagsFromTheThreshold() {
        Instant threeHoursOn = afterCheckpoint(Captures.ODC_CHECKPOINT, Duration.ofHours(3));
        StepsSnapshot stale = odcSteps(threeHoursOn);
        IncrementalLag lag = stale.incrementalLag();
        assertEquals(Duration.ofHours(3), lag.behind(), "fetch time − checkpoint, not sample − checkpoint (1 s)");
        assertTrue(lag.isStale());
        assertFalse(lag.isCaughtUp());
        assertEquals(ProjectStage.LAGGING, stale.stage(LAGGING_FROM));
        assertFalse(stale.stage(LAGGING_FROM).isSettled());

        // 40 s behind: not caught up as ODC counts it (25 s), not yet lagging (60 s)
        StepsSnapshot behind = odcSteps(afterCheckpoint(Captures.ODC_CHECKPOINT, Duration.ofSeconds(40)));
        assertEquals(ProjectStage.SYNCING, behind.stage(LAGGING_FROM));
        assertEquals(ProjectStage.LAGGING, behind.stage(Duration.ofSeconds(30)), "the threshold is settable");
    }

    @Test
    void everyStepInfoFieldIsKeptUnderItsApiName() {
        StepsSnapshot s = odcSteps(afterCheckpoint(Captures.ODC_CHECKPOINT, Duration.ofSeconds(10)));
        StepMetrics full = s.steps().get(2).metrics();
        assertEquals(List.of("processedRecords", "capacity", "srcRps", "srcRt", "srcIops", "dstRps", "dstRt", "dstIops",
                "srcRpsRef", "srcRtRef", "dstRpsRef", "dstRtRef", "srcIopsRef"), List.copyOf(full.fields().keySet()));
        assertEquals(1.0, full.srcRtRef());
        assertEquals(4194304L, full.srcIopsRef());
        StepMetrics incr = s.steps().get(3).metrics();
        assertTrue(incr.fields().containsKey("enableIncrStatistics"), "a null field is kept as null");
        assertNull(incr.enableIncrStatistics());
        StepMetrics switchover = s.steps().get(5).metrics();
        assertTrue(switchover.fields().containsKey("checkpointSampleTimestamp"));
        assertNull(switchover.lag(s.fetchedAt()), "no checkpoint, no lag");
    }

    @Test
    void fractionalNumericStringsKeepTheirValue() {
        // the official metadata types srcRt as a string; a real value is fractional
        String answer = Captures.odcStepsAnswer().replaceFirst("\"srcRt\": 0", "\"srcRt\": \"0.35\"");
        StepMetrics m = parser.parseSteps("np_odc", Instant.EPOCH, answer.getBytes(StandardCharsets.UTF_8))
                .steps().get(2).metrics();
        assertEquals(new BigDecimal("0.35"), m.get("srcRt"));
        assertEquals(0.35, m.srcRt());
    }

    @Test
    void anOcpStyleEnvelopeIsASuccessNotANote() {
        byte[] body = Captures.bytes("odc-ocp-envelope-steps.json");
        StepsSnapshot s = parser.parseSteps("np_ocp", Instant.EPOCH, body);
        assertTrue(s.success());
        assertNull(s.errorDetail(), "Code 200 / Message successful is no error");
        assertNull(parser.envelopeError(parser.readTree(body)));
        assertEquals(2, s.steps().size());
        assertEquals(100L, s.steps().get(1).metrics().processedRecords());
    }

    @Test
    void thePublishedExampleKeepsItsNoteAndCountsItsStepAsDone() {
        StepsSnapshot s = parser.parseSteps("np_4w3a", Instant.parse("2026-01-01T00:00:00Z"),
                Captures.bytes("doc-describe-project-steps.json"));
        assertEquals("CM-RESOAT1111", s.errorDetail().code(), "Success: true with an ErrorDetail stays a note");
        assertTrue(s.steps().get(0).isFinished(), "PRE_CHECK RUNNING at 100 with a FinishTime");
        assertEquals(1, s.finishedCount());
    }

    @Test
    void selfHostedListProjectsWithOrderGapsAndItsSwitchoverWaiting() {
        Instant fetched = afterCheckpoint(Captures.ODC_LIST_CHECKPOINT, Duration.ofSeconds(6));
        ProjectsPage page = parser.parseProjects(fetched, parser.readTree(Captures.bytes("odc-list-projects.json")));
        ProjectSummary p = page.projects().get(0);
        assertEquals("myID", p.id());
        assertEquals(List.of(1, 3, 4), p.steps().stream().map(Step::order).toList());
        assertEquals("LOW", p.importance());
        assertFalse(p.isAlarming());
        assertEquals(Duration.ofSeconds(6), p.lag());
        assertEquals(ProjectStage.READY_FOR_SWITCHOVER, p.stage(LAGGING_FROM),
                "the switchover RUNNING at 0 waits for a person");
        assertEquals(Attention.READY, Attention.of(p));
        assertEquals(ProjectStage.LAGGING,
                parser.parseProjects(fetched.plus(Duration.ofHours(3)), parser.readTree(Captures.bytes("odc-list-projects.json")))
                        .projects().get(0).stage(LAGGING_FROM));
    }

    @Test
    void cloudListProjectsExampleFieldsAndTheDelaySampleTime() {
        String example = Captures.text("sdk-list-projects-example.json");
        ProjectSummary p = parser.parseProjects(Instant.ofEpochSecond(1689214358L + 30),
                parser.readTree(example.getBytes(StandardCharsets.UTF_8))).projects().get(0);
        assertEquals("MEDIUM", p.importance());
        assertEquals(Boolean.FALSE, p.alarmStats().alarming());
        assertEquals(0, p.alarmStats().recentlyTriggerCount());
        assertNull(p.alarmStats().content(), "\"null\" is absent");
        assertEquals(1689214358L, p.syncDelaySampledAt());
        assertNull(p.lag(), "SyncDelay \"null\" and no incremental step: no lag");

        // the same answer with a delay of 5 s, fetched three hours after it was sampled
        String delayed = example.replace("\"SyncDelay\": \"null\"", "\"SyncDelay\": 5");
        ProjectSummary q = parser.parseProjects(Instant.ofEpochSecond(1689214358L).plus(Duration.ofHours(3)),
                parser.readTree(delayed.getBytes(StandardCharsets.UTF_8))).projects().get(0);
        assertEquals(Duration.ofHours(3).plusSeconds(5), q.lag(), "the sample's age adds to the delay it measured");
        assertTrue(q.incrementalLag().isStale());
    }

    @Test
    void reasonAndProposalAreFilledFromTheirOwnContextsFirst() {
        String body = "{\"Success\":false,\"ErrorDetail\":{\"Code\":\"X\",\"Message\":\"{what} failed\","
                + "\"MessageMcmsContext\":{\"what\":\"sync\",\"table\":\"m\"},"
                + "\"Reason\":\"table {table} is locked\",\"ReasonMcmsContext\":{\"table\":\"orders\"},"
                + "\"Proposal\":\"retry {what} in {minutes} minutes\",\"ProposalMcmsContext\":{\"minutes\":\"5\"}}}";
        ErrorDetail e = parser.envelopeError(parser.readTree(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("sync failed", e.filledMessage());
        assertEquals("table orders is locked", e.filledReason(), "its own context before the message's");
        assertEquals("retry sync in 5 minutes", e.filledProposal(), "then the message's contexts");
    }

    @Test
    void selfHostedErrorAnswersKeepTheirCodeAndFilledMessage() {
        ErrorDetail retry = parser.envelopeError(parser.readTree(Captures.bytes("odc-error-retry-later.json")));
        assertEquals("GHANA-OPERIE000000", retry.code());
        assertTrue(retry.filledMessage().contains("请稍后重试"));
        ErrorDetail cm = parser.envelopeError(parser.readTree(Captures.bytes("odc-error-cm-unavailable.json")));
        assertEquals("GHANA-OPERAT000001", cm.code());
        assertTrue(parser.isFailure(parser.readTree(Captures.bytes("odc-error-cm-unavailable.json"))));
    }
}
