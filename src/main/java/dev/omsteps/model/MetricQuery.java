package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What DescribeProjectStepMetric is asked: a metric of a step over a window. The rules the API
 * documents are checked here so that a bad question gets one clear line, not a server error: the
 * window is at least an hour and ends no later than now, timestamps are seconds, MaxPointNum is
 * within 5..72460. Step and metric names are upper-cased; names this table does not know are
 * passed on as they are (a newer server may know them).
 *
 * @param aggregator AVG (averages) or NONE (instant values)
 */
public record MetricQuery(String projectId, String stepName, String metricType, String aggregator,
                          Instant begin, Instant end, int maxPoints) {

    public static final Duration MIN_WINDOW = Duration.ofHours(1);
    public static final int MIN_POINTS = 5;
    public static final int MAX_POINTS = 72_460;

    /** The metrics each step offers (OceanBase Cloud API reference and OMS docs), the first one the default. */
    public static final Map<String, List<String>> METRICS_BY_STEP;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("INCR_TRANSFER", List.of("DELAY", "RPS", "IOPS", "SINK_COMMIT_TIME", "SINK_EXECUTE_TIME"));
        m.put("FULL_TRANSFER", List.of("RPS", "IOPS", "SOURCE_READ_TIME", "SOURCE_SLICE_TIME", "SINK_EXECUTE_TIME"));
        m.put("FULL_VERIFIER", List.of("FULL_VERIFY_SOURCE_RPS", "FULL_VERIFY_DEST_RPS",
                "FULL_VERIFY_SOURCE_READ_IOPS", "FULL_VERIFY_DEST_READ_IOPS"));
        m.put("REVERSE_INCR_TRANSFER", List.of("DELAY", "RPS", "IOPS", "SINK_EXECUTE_TIME", "SINK_COMMIT_TIME"));
        m.put("INCR_VERIFIER", List.of("INCR_VERIFY_SRC_REVIEW_RPS", "INCR_VERIFY_DST_REVIEW_RPS",
                "INCR_VERIFY_SRC_REVIEW_IOPS", "INCR_VERIFY_DST_REVIEW_IOPS", "INCR_VERIFY_SRC_STORE_TPS",
                "INCR_VERIFY_DEST_STORE_TPS", "INCR_VERIFY_SRC_STORE_IOPS", "INCR_VERIFY_DEST_STORE_IOPS"));
        METRICS_BY_STEP = java.util.Collections.unmodifiableMap(m);
    }

    /** Self-hosted names of the steps that have metrics, and the name DescribeProjectStepMetric knows them by. */
    private static final Map<String, String> STEP_ALIASES = Map.of(
            "INCR_SYNC", "INCR_TRANSFER", "FULL_MIGRATION", "FULL_TRANSFER", "FULL_VALIDATION", "FULL_VERIFIER",
            "REVERSE_INCR_SYNC", "REVERSE_INCR_TRANSFER");

    public MetricQuery {
        stepName = upper(stepName);
        metricType = upper(metricType);
        aggregator = aggregator == null ? "AVG" : upper(aggregator);
    }

    /** The first problem with this query, as one line, or empty when it can be sent. */
    public Optional<String> problem(Instant now) {
        if (projectId == null || projectId.isBlank()) {
            return Optional.of("a project ID is needed");
        }
        if (stepName == null || !stepName.matches("[A-Z][A-Z0-9_]*")) {
            return Optional.of("--step must be a step name such as " + String.join(", ", METRICS_BY_STEP.keySet()));
        }
        if (metricType == null || !metricType.matches("[A-Z][A-Z0-9_]*")) {
            return Optional.of("--metric must be a metric name such as " + String.join(", ", metricsFor(stepName)));
        }
        if (!aggregator.equals("AVG") && !aggregator.equals("NONE")) {
            return Optional.of("--aggregator must be AVG or NONE");
        }
        if (begin == null || end == null || end.isBefore(begin)) {
            return Optional.of("the window must have a start before its end");
        }
        if (Duration.between(begin, end).compareTo(MIN_WINDOW) < 0) {
            return Optional.of("the window must be at least an hour long (the API's rule)");
        }
        if (now != null && end.isAfter(now)) {
            return Optional.of("the window must not end in the future");
        }
        if (maxPoints < MIN_POINTS || maxPoints > MAX_POINTS) {
            return Optional.of("--points must be between " + MIN_POINTS + " and " + MAX_POINTS);
        }
        return Optional.empty();
    }

    /** The metrics {@code step} offers, or those of incremental sync when the step is not in the table. */
    public static List<String> metricsFor(String step) {
        List<String> known = step == null ? null : METRICS_BY_STEP.get(step.toUpperCase(Locale.ROOT));
        return known != null ? known : METRICS_BY_STEP.get("INCR_TRANSFER");
    }

    /** The metric to draw when none is named: lag for incremental steps, throughput otherwise. */
    public static String defaultMetric(String step) {
        return metricsFor(step).get(0);
    }

    /**
     * The step whose history is most telling for a project: incremental sync while it runs or
     * monitors, else the first other running step that has metrics, else the last such step that
     * ran; null when the project has none. Self-hosted step names ({@code INCR_SYNC}) are given by the
     * names the metric API knows ({@code INCR_TRANSFER}).
     */
    public static String defaultStep(List<Step> steps) {
        String active = null;
        String ran = null;
        for (Step s : steps) {
            String n = s.name() == null ? "" : s.name().toUpperCase(Locale.ROOT);
            n = STEP_ALIASES.getOrDefault(n, n);
            if (!METRICS_BY_STEP.containsKey(n) || s.status().is(StepStatus.Kind.INIT)) {
                continue;
            }
            boolean running = s.status().is(StepStatus.Kind.RUNNING) || s.status().is(StepStatus.Kind.MONITORING);
            if (running && n.equals("INCR_TRANSFER")) {
                return n;
            }
            if (running && active == null) {
                active = n;
            }
            ran = n;
        }
        return active != null ? active : ran;
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
