package dev.omsteps.model;

import java.time.Instant;
import java.util.List;

/**
 * A DescribeProjectStepMetric answer with the query it answers: the series of one metric of one
 * step over a window.
 *
 * @param aggregator     {@code Data.Aggregator} as answered (AVG or NONE), else the one asked for
 * @param referenceValue {@code Data.ReferenceValue}, a baseline the console draws, or null
 */
public record MetricHistory(
        MetricQuery query,
        Instant fetchedAt,
        String requestId,
        String aggregator,
        Double referenceValue,
        List<MetricSeries> series) {

    public MetricHistory {
        series = series == null ? List.of() : List.copyOf(series);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** The series with the most points: the one a single-line chart or a trend draws. */
    public MetricSeries main() {
        MetricSeries best = null;
        for (MetricSeries s : series) {
            if (best == null || s.points().size() > best.points().size()) {
                best = s;
            }
        }
        return best;
    }
}
