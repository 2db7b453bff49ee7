package dev.omsteps.model.report;

import dev.omsteps.model.MetricHistory;

/**
 * A metric history to draw in a report, with the line it is judged against.
 *
 * @param title         what the chart shows, in words: {@code Incremental lag}
 * @param history       the answer of DescribeProjectStepMetric
 * @param baseline      the reference line (the server's ReferenceValue, a step's reference rate, or
 *                      the lag limit), or null when there is none
 * @param baselineLabel what the baseline is, in words, or null
 */
public record ChartSeries(String title, MetricHistory history, Double baseline, String baselineLabel) {
}
