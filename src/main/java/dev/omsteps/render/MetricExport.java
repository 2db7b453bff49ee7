package dev.omsteps.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code omsteps metrics -o csv} and {@code -o json}: every point of every series, nothing rounded. */
public final class MetricExport {

    private final ObjectMapper mapper = new ObjectMapper();

    /** A header line, then one line per point: {@code time,timestamp,series,value} (RFC 4180 quoting). */
    public List<String> csv(MetricHistory h) {
        List<String> out = new ArrayList<>();
        out.add("time,timestamp,step,metric,series,value");
        for (MetricSeries s : h.series()) {
            for (MetricPoint p : s.points()) {
                out.add(JsonRenderer.time(p.time()) + "," + p.time().getEpochSecond() + "," + quote(h.query().stepName())
                        + "," + quote(h.query().metricType()) + "," + quote(s.name()) + "," + plain(p.value()));
            }
        }
        return out;
    }

    public ObjectNode json(MetricHistory h) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schemaVersion", JsonRenderer.SCHEMA_VERSION);
        doc.put("projectId", h.query().projectId());
        doc.put("fetchedAt", JsonRenderer.time(h.fetchedAt()));
        doc.put("step", h.query().stepName());
        doc.put("metric", h.query().metricType());
        doc.put("aggregator", h.aggregator());
        doc.put("begin", JsonRenderer.time(h.query().begin()));
        doc.put("end", JsonRenderer.time(h.query().end()));
        doc.put("referenceValue", h.referenceValue());
        ArrayNode series = doc.putArray("series");
        for (MetricSeries s : h.series()) {
            ObjectNode n = series.addObject();
            n.put("name", s.name());
            ObjectNode tags = n.putObject("tags");
            s.tags().forEach(tags::put);
            ArrayNode points = n.putArray("points");
            for (MetricPoint p : s.points()) {
                points.addObject().put("time", JsonRenderer.time(p.time())).put("value", p.value());
            }
        }
        return doc;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
