package dev.omsteps.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.Attention;
import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code omsteps projects -o json}: a stable camelCase document (schema version 1, documented in the README). */
public final class ProjectsJsonRenderer {

    private final ObjectMapper mapper = PrintableJson.mapper();
    private final java.time.Duration laggingFrom;

    /** {@code laggingFrom}: {@code --lag-threshold}, so that stage and attention agree with the table's. */
    public ProjectsJsonRenderer(java.time.Duration laggingFrom) {
        this.laggingFrom = laggingFrom;
    }

    /** Filters as asked, so a reader knows what the list is a list of. */
    public record Filters(List<String> statuses, String type, String search) {
    }

    public void render(List<ProjectSummary> projects, Integer totalCount, Filters filters, Instant fetchedAt, PrintWriter out) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schemaVersion", JsonRenderer.SCHEMA_VERSION);
        doc.put("fetchedAt", JsonRenderer.time(fetchedAt));
        doc.put("totalCount", totalCount);
        ObjectNode f = doc.putObject("filters");
        ArrayNode st = f.putArray("status");
        filters.statuses().forEach(st::add);
        f.put("type", filters.type());
        f.put("search", filters.search());
        ArrayNode list = doc.putArray("projects");
        projects.forEach(p -> list.add(project(p)));
        try {
            out.println(mapper.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    public ObjectNode project(ProjectSummary p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("type", p.type());
        n.put("status", p.status());
        n.put("worstStatus", p.worstStatus().raw());
        n.put("attention", Attention.of(p, laggingFrom).label());
        n.put("stage", p.stage(laggingFrom).label());
        n.put("importance", p.importance());
        ArrayNode labels = n.putArray("labels");
        p.labels().forEach(labels::add);
        n.put("alarming", p.alarmStats() == null ? null : p.alarmStats().alarming());
        n.put("alarmContent", p.alarmStats() == null ? null : p.alarmStats().content());
        n.put("sourceEndpointType", p.sourceEndpointType());
        n.put("sinkEndpointType", p.sinkEndpointType());
        Step s = p.currentStep();
        if (s == null) {
            n.putNull("currentStep");
        } else {
            ObjectNode c = n.putObject("currentStep");
            c.put("order", s.order());
            c.put("name", s.name());
            c.put("title", StepNames.title(s));
            c.put("status", s.status().raw());
        }
        n.put("progress", p.progress());
        seconds(n, "etaSeconds", p.eta());
        seconds(n, "lagSeconds", p.lag());
        IncrementalLag lag = p.incrementalLag();
        seconds(n, "lagSampleAgeSeconds", lag == null ? null : lag.sampleAge());
        n.put("stepsTotal", p.steps().size());
        n.put("createdAt", JsonRenderer.time(p.createdAt()));
        n.put("modifiedAt", JsonRenderer.time(p.modifiedAt()));
        return n;
    }

    private static void seconds(ObjectNode n, String key, Duration d) {
        if (d == null) {
            n.putNull(key);
        } else {
            n.put(key, d.toSeconds());
        }
    }
}
