package dev.omsteps.model.report;

import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart a report asks DescribeProjectStepMetric for, and how its baseline is chosen once the
 * answer is in: incremental lag (against the switchover's lag limit) and rows per second over the
 * report's window while incremental sync has started; full migration's rows per second over the
 * time it ran (the API wants at least an hour, so shorter runs get an hour ending at their finish).
 *
 * @param step the step the chart is about, for its reference rates
 */
public record ChartPlan(String title, MetricQuery query, Step step) {

    /** Points asked for per chart: enough for a smooth line across the page, few for the server. */
    public static final int POINTS = 240;

    public static List<ChartPlan> of(String projectId, List<Step> steps, Instant now, Duration window) {
        List<ChartPlan> plans = new ArrayList<>();
        for (Step s : steps) {
            if (s.name() == null || s.startTime() == null || s.status().is(StepStatus.Kind.INIT)) {
                continue;
            }
            String metricStep = MetricQuery.metricStepName(s.name());
            if (metricStep.equals("INCR_TRANSFER") && StepNames.isIncremental(s.name())) {
                Instant begin = now.minus(window.compareTo(MetricQuery.MIN_WINDOW) < 0 ? MetricQuery.MIN_WINDOW : window);
                plans.add(0, new ChartPlan("Incremental sync: rows per second", query(projectId, metricStep, "RPS", begin, now), s));
                plans.add(0, new ChartPlan("Incremental lag", query(projectId, metricStep, "DELAY", begin, now), s));
            } else if (metricStep.equals("FULL_TRANSFER")) {
                Instant end = s.finishTime() != null && s.finishTime().isBefore(now) ? s.finishTime() : now;
                Instant begin = s.startTime().isBefore(end.minus(MetricQuery.MIN_WINDOW)) ? s.startTime() : end.minus(MetricQuery.MIN_WINDOW);
                plans.add(new ChartPlan("Full migration: rows per second", query(projectId, metricStep, "RPS", begin, end), s));
            }
        }
        return plans;
    }

    private static MetricQuery query(String projectId, String step, String metric, Instant begin, Instant end) {
        return new MetricQuery(projectId, step, metric, "AVG", begin, end, POINTS);
    }

    /**
     * The chart to draw from the answer: lag is drawn against {@code laggingFrom}; rates against the
     * server's reference value, else the step's reference rate (the target's, else the source's).
     */
    public ChartSeries chart(MetricHistory history, Duration laggingFrom) {
        if (query.metricType().toUpperCase(Locale.ROOT).equals("DELAY")) {
            return new ChartSeries(title, history, (double) laggingFrom.toSeconds(), "lagging threshold");
        }
        if (history.referenceValue() != null && history.referenceValue() > 0) {
            return new ChartSeries(title, history, history.referenceValue(), "reference");
        }
        StepMetrics m = step.metrics();
        Long ref = m == null ? null : m.dstRpsRef() != null && m.dstRpsRef() > 0 ? m.dstRpsRef() : m.srcRpsRef();
        return ref != null && ref > 0 ? new ChartSeries(title, history, (double) ref, "reference") : new ChartSeries(title, history, null, null);
    }
}
