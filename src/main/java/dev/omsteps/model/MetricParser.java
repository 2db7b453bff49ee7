package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a DescribeProjectStepMetric answer: {@code Data.Metrics[].DataPoints[]} of Timestamp (seconds) and Value. */
public final class MetricParser {

    public MetricHistory parse(MetricQuery query, Instant fetchedAt, JsonNode root) {
        Fields top = new Fields(root);
        Fields data = top.object("Data");
        List<MetricSeries> series = new ArrayList<>();
        for (JsonNode n : data.array("Metrics")) {
            if (n.isObject()) {
                Fields m = new Fields(n);
                series.add(new MetricSeries(m.text("Name"), m.stringMap("Tags"), points(m)));
            }
        }
        String aggregator = data.text("Aggregator");
        return new MetricHistory(query, fetchedAt, top.text("RequestId"),
                aggregator != null ? aggregator : query.aggregator(), data.doubleValue("ReferenceValue"), series);
    }

    /** Points without a time or a value are skipped rather than drawn at zero. */
    private static List<MetricPoint> points(Fields m) {
        List<MetricPoint> out = new ArrayList<>();
        for (JsonNode n : m.array("DataPoints")) {
            Fields p = new Fields(n);
            Instant t = p.instant("Timestamp");
            Double v = p.doubleValue("Value");
            if (t != null && v != null) {
                out.add(new MetricPoint(t, v));
            }
        }
        return out;
    }
}
