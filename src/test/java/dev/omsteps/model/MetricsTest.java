package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.testing.Examples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DescribeProjectStepMetric answers and the rules its questions must keep. */
class MetricsTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final MetricQuery LAG = new MetricQuery("np_x", "incr_transfer", "delay", null, NOW.minus(Duration.ofHours(6)), NOW, 360);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void publishedExample(boolean selfHosted) {
        JsonNode root = selfHosted ? Examples.selfHosted("DescribeProjectStepMetric") : Examples.cloud("DescribeProjectStepMetric");
        MetricHistory h = new MetricParser().parse(LAG, NOW, root);
        assertEquals("AVG", h.aggregator());
        assertEquals(0.0, h.referenceValue());
        assertEquals("metric_name", h.main().name());
        assertEquals(Map.of(), h.main().tags(), "a \"null\" tag is dropped");
        assertEquals(List.of(new MetricPoint(Instant.ofEpochSecond(1689244696), 0.0)), h.main().points());
    }

    @Test
    void pointsAreSortedAndBrokenOnesSkipped() {
        MetricHistory h = new MetricParser().parse(LAG, NOW, Examples.json("{\"data\":{\"metrics\":[{\"name\":\"a\",\"dataPoints\":["
                + "{\"timestamp\":300,\"value\":\"2.5\"},{\"timestamp\":100,\"value\":1},{\"timestamp\":\"null\",\"value\":9},"
                + "{\"timestamp\":200}]},{\"name\":\"b\",\"dataPoints\":[]}]}}"));
        assertEquals(List.of(1.0, 2.5), h.main().points().stream().map(MetricPoint::value).toList());
        assertEquals("AVG", h.aggregator(), "the one asked for when the answer does not say");
        assertEquals(2.5, h.main().latest().getAsDouble());
    }

    @Test
    void questionsBreakingTheApiRulesAreCaught() {
        assertEquals(Optional.empty(), LAG.problem(NOW));
        assertEquals("INCR_TRANSFER", LAG.stepName());
        assertEquals("DELAY", LAG.metricType());
        assertEquals(Optional.of("the window must be at least an hour long (the API's rule)"),
                new MetricQuery("p", "INCR_TRANSFER", "DELAY", "AVG", NOW.minusSeconds(600), NOW, 60).problem(NOW));
        assertEquals(Optional.of("the window must not end in the future"),
                new MetricQuery("p", "INCR_TRANSFER", "DELAY", "AVG", NOW.minus(Duration.ofHours(2)), NOW.plusSeconds(60), 60).problem(NOW));
        assertEquals(Optional.of("--points must be between 5 and 72460"),
                new MetricQuery("p", "INCR_TRANSFER", "DELAY", "AVG", NOW.minus(Duration.ofHours(2)), NOW, 4).problem(NOW));
        assertEquals(Optional.of("--aggregator must be AVG or NONE"),
                new MetricQuery("p", "INCR_TRANSFER", "DELAY", "max", NOW.minus(Duration.ofHours(2)), NOW, 60).problem(NOW));
        assertTrue(new MetricQuery("p", "INCR TRANSFER", "DELAY", "AVG", NOW.minus(Duration.ofHours(2)), NOW, 60).problem(NOW)
                .orElseThrow().startsWith("--step must be a step name"));
    }

    static Step step(String name, String status) {
        return new Step(1, name, null, StepStatus.of(status), 50, null, null, null, List.of(), null, null, Map.of(), null);
    }

    @Test
    void defaultsFollowTheProject() {
        assertEquals("INCR_TRANSFER", MetricQuery.defaultStep(List.of(step("FULL_TRANSFER", "FINISHED"),
                step("FULL_VERIFIER", "RUNNING"), step("INCR_TRANSFER", "MONITORING"))));
        assertEquals("FULL_TRANSFER", MetricQuery.defaultStep(List.of(step("PRE_CHECK", "FINISHED"),
                step("FULL_TRANSFER", "RUNNING"), step("INCR_TRANSFER", "INIT"))));
        assertEquals("FULL_VERIFIER", MetricQuery.defaultStep(List.of(step("FULL_TRANSFER", "FINISHED"),
                step("FULL_VERIFIER", "FINISHED"))));
        assertEquals(null, MetricQuery.defaultStep(List.of(step("PRE_CHECK", "RUNNING"))));
        assertEquals("DELAY", MetricQuery.defaultMetric("INCR_TRANSFER"));
        assertEquals("RPS", MetricQuery.defaultMetric("FULL_TRANSFER"));
        assertEquals("DELAY", MetricQuery.defaultMetric("SOMETHING_NEW"));
    }
}
