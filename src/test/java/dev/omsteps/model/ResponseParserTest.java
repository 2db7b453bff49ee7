package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final ResponseParser parser = new ResponseParser();

    StepsSnapshot parse(String json) {
        return parser.parseSteps("np_1", NOW, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publishedExampleQuirksAreAbsorbed() {
        StepsSnapshot s = parser.parseSteps("np_4w3a5b6c", NOW, Fixtures.docExample());
        assertTrue(s.success());
        assertEquals(1, s.steps().size());
        Step step = s.steps().get(0);
        assertEquals(StepStatus.Kind.RUNNING, step.status().kind());
        assertEquals(100, step.progress());
        assertEquals(Instant.parse("2020-05-22T17:04:18Z"), step.startTime());
        assertEquals(Instant.parse("2020-05-22T17:04:18Z"), step.finishTime());
        assertNull(step.metrics());
        assertNull(step.failedTime(), "\"null\" string is absent");
        assertTrue(step.errorParam().isEmpty(), "{\"key\":\"null\"} is an empty map");
        ErrorDetail e = step.errorDetails().get(0);
        assertNull(e.reason());
        assertNull(e.proposal());
        assertEquals("A system error occurred.", e.filledMessage());
        assertEquals("Contact the administrator.", s.errorDetail().filledProposal(), "trailing space trimmed");
        assertNull(step.eta(NOW), "RUNNING at 100% has no ETA");
    }

    @Test
    void camelCaseAndNumbersAsStringsWithUnits() {
        StepsSnapshot s = parse("{\"success\":true,\"cost\":\"13 ms\",\"data\":[{\"order\":\"2\",\"name\":\"FULL_TRANSFER\","
                + "\"status\":\"running\",\"progress\":\"50\",\"startTime\":\"2026-11-25 09:00:00\",\"stepInfo\":{"
                + "\"processedRecords\":\"1000000000\",\"capacity\":2000000000,\"dstRps\":\"5000.0\",\"srcRps\":null,\"futureMetric\":7}}]}");
        Step step = s.steps().get(0);
        assertEquals(2, step.order());
        assertEquals(StepStatus.Kind.RUNNING, step.status().kind());
        assertEquals(50, step.progress());
        assertEquals(Instant.parse("2026-11-25T09:00:00Z"), step.startTime());
        assertEquals(1_000_000_000L, step.metrics().processedRecords());
        assertEquals(5000L, step.metrics().dstRps());
        assertNull(step.metrics().srcRps());
        assertEquals(new java.math.BigDecimal(7), step.metrics().get("futureMetric"));
        assertEquals(Duration.ofSeconds(200_000), step.eta(NOW));
    }

    @Test
    void noEtaOnceAStepHasFinishedWhateverItsStatusSays() {
        Step quirk = parse("{\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":100,"
                + "\"StartTime\":\"2026-11-25T08:00:00\",\"FinishTime\":\"2026-11-25T09:00:00\","
                + "\"StepInfo\":{\"processedRecords\":1990000000,\"capacity\":2000000000,\"dstRps\":5000}}]}").steps().get(0);
        assertNull(quirk.eta(NOW), "RUNNING at 100% with a finish time and rows left by the estimate");
        Step full = parse("{\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":100,"
                + "\"StepInfo\":{\"processedRecords\":1,\"capacity\":2,\"dstRps\":1}}]}").steps().get(0);
        assertNull(full.eta(NOW));
    }

    @Test
    void timesBeyondWhatAnInstantHoldsReadAsAbsent() {
        Step step = parse("{\"Data\":[{\"Order\":1,\"Name\":\"INCR_TRANSFER\",\"Status\":\"MONITORING\",\"StartTime\":-1e300,"
                + "\"FinishTime\":-9223372036854775807,\"StepInfo\":{\"incrTimestampCheckpoint\":9000000000000000000,"
                + "\"checkpointSampleTimestamp\":9000000000000000001}}]}").steps().get(0);
        assertNull(step.startTime());
        assertNull(step.finishTime());
        assertNull(step.metrics().checkpointTime());
        assertNull(step.metrics().lag(NOW), "no lag from a checkpoint no time can hold");
    }

    @Test
    void unknownStatusIsKeptAsItIs() {
        Step step = parse("{\"Data\":[{\"Order\":1,\"Status\":\"PAUSING_SOON\"},{\"Order\":0}]}").steps().get(1);
        assertEquals("PAUSING_SOON", step.status().raw());
        assertEquals(StepStatus.Kind.UNKNOWN, step.status().kind());
    }

    @Test
    void stepsAreSortedByOrderAndWrongTypesReadAsAbsent() {
        StepsSnapshot s = parse("{\"Data\":[{\"Order\":2,\"Progress\":{\"x\":1},\"StartTime\":\"yesterday\"},{\"Order\":1,\"Progress\":[1]},\"junk\",5]}");
        assertEquals(2, s.steps().size());
        assertEquals(1, s.steps().get(0).order());
        assertNull(s.steps().get(1).progress());
        assertNull(s.steps().get(1).startTime());
    }

    @Test
    void lagIsFetchTimeMinusCheckpoint() {
        // sampled 3 s after the checkpoint, fetched 20 s after the sample
        long now = NOW.getEpochSecond();
        Step step = parse("{\"Data\":[{\"Order\":1,\"Name\":\"INCR_TRANSFER\",\"Status\":\"MONITORING\",\"StepInfo\":"
                + "{\"incrTimestampCheckpoint\":" + (now - 23) + ",\"checkpointSampleTimestamp\":" + (now - 20) + "}}]}").steps().get(0);
        IncrementalLag lag = step.metrics().lag(NOW);
        assertEquals(Duration.ofSeconds(23), lag.behind());
        assertEquals(Duration.ofSeconds(20), lag.sampleAge());
        assertTrue(lag.isCaughtUp());
        assertEquals(NOW.minusSeconds(23), step.metrics().checkpointTime());
    }

    @Test
    void placeholdersAreFilledFromEitherContext() {
        ErrorDetail d = new ErrorDetail("C", "ERROR", "Table {table} in {db} has no {what}",
                java.util.Map.of("table", "orders"), java.util.Map.of("db", "shop"), null, null, null, null);
        assertEquals("Table orders in shop has no {what}", d.filledMessage());
    }

    @Test
    void notJsonAndTooDeepAreMalformed() {
        assertThrows(MalformedResponseException.class, () -> parse("<html>"));
        assertThrows(MalformedResponseException.class, () -> parse("[1,2]"));
        assertThrows(MalformedResponseException.class, () -> parse("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
    }
}
