package dev.omsteps.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** One series of a DescribeProjectStepMetric answer ({@code Metrics[]}): its name, tags and points in time order. */
public record MetricSeries(String name, Map<String, String> tags, List<MetricPoint> points) {

    public MetricSeries {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        points = points == null ? List.of() : points.stream().sorted(Comparator.comparing(MetricPoint::time)).toList();
    }

    public OptionalDouble latest() {
        return points.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(points.get(points.size() - 1).value());
    }

    public OptionalDouble max() {
        return points.stream().mapToDouble(MetricPoint::value).max();
    }

    public OptionalDouble min() {
        return points.stream().mapToDouble(MetricPoint::value).min();
    }
}
