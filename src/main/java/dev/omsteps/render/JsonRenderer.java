package dev.omsteps.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * omsteps' own JSON document (schema version 1, documented in the README): camelCase keys,
 * ISO-8601 UTC times with {@code Z}, real nulls, and derived figures (elapsed, ETA, lag, the project's stage).
 * A step's {@code metrics} carry every StepInfo field OMS sent, under its API name, numbers exact.
 */
public final class JsonRenderer {

    public static final int SCHEMA_VERSION = 1;
    private final ObjectMapper mapper = PrintableJson.mapper();
    private final com.fasterxml.jackson.databind.ObjectWriter compactWriter =
            mapper.writer().without(SerializationFeature.INDENT_OUTPUT);

    public void render(StepsSnapshot s, PrintWriter out) {
        render(s, ProjectStage.DEFAULT_LAGGING_FROM, out);
    }

    public void render(StepsSnapshot s, Duration laggingFrom, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(document(s, laggingFrom)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    /** One compact line, for ndjson events. */
    public String compact(ObjectNode node) {
        try {
            return compactWriter.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public ObjectNode document(StepsSnapshot s) {
        return document(s, ProjectStage.DEFAULT_LAGGING_FROM);
    }

    /** The document; {@code stage} is judged with steady sync lagging from {@code laggingFrom}. */
    public ObjectNode document(StepsSnapshot s, Duration laggingFrom) {
        Instant now = s.fetchedAt();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("projectId", s.projectId());
        doc.put("fetchedAt", time(now));
        doc.put("requestId", s.requestId());
        doc.put("success", s.success());
        doc.put("stage", s.steps().isEmpty() ? null : s.stage(laggingFrom).label());
        doc.set("lag", lag(s.incrementalLag()));
        doc.put("stepsTotal", s.steps().size());
        doc.put("stepsFinished", s.finishedCount());
        putSeconds(doc, "elapsedSeconds", s.elapsed());
        doc.set("error", error(s.errorDetail()));
        ArrayNode steps = doc.putArray("steps");
        for (Step step : s.steps()) {
            steps.add(step(step, now));
        }
        return doc;
    }

    public ObjectNode step(Step st, Instant now) {
        ObjectNode n = mapper.createObjectNode();
        n.put("order", st.order());
        n.put("name", st.name());
        n.put("title", StepNames.title(st));
        n.put("description", st.description());
        n.put("status", st.status().raw());
        if (st.progress() == null) {
            n.putNull("progress");
        } else {
            n.put("progress", st.progress());
        }
        n.put("startTime", time(st.startTime()));
        n.put("finishTime", time(st.finishTime()));
        putSeconds(n, "elapsedSeconds", st.elapsed(now));
        putSeconds(n, "etaSeconds", st.eta(now));
        n.put("finished", st.isFinished());
        StepMetrics m = st.metrics();
        IncrementalLag lag = m == null || now == null ? null : m.lag(now);
        putSeconds(n, "lagSeconds", lag == null ? null : lag.behind());
        n.put("checkpointTime", m == null ? null : time(m.checkpointTime()));
        putSeconds(n, "sampleAgeSeconds", lag == null ? null : lag.sampleAge());
        if (lag == null) {
            n.putNull("sampleStale");
        } else {
            n.put("sampleStale", lag.isStale());
        }
        n.set("metrics", metrics(m));
        ArrayNode errors = n.putArray("errors");
        st.errorDetails().forEach(e -> errors.add(error(e)));
        n.put("errorCode", st.errorCode());
        n.put("errorMessage", st.errorMsg());
        ObjectNode params = n.putObject("errorParams");
        st.errorParam().forEach(params::put);
        n.put("failedTime", time(st.failedTime()));
        return n;
    }

    /** Every StepInfo field under its API name, as received: exact numbers, booleans, text, real nulls. */
    private ObjectNode metrics(StepMetrics m) {
        if (m == null) {
            return null;
        }
        ObjectNode n = mapper.createObjectNode();
        m.fields().forEach((k, v) -> {
            if (v == null) {
                n.putNull(k);
            } else if (v instanceof BigDecimal d) {
                n.put(k, d);
            } else if (v instanceof Boolean b) {
                n.put(k, b);
            } else {
                n.put(k, v.toString());
            }
        });
        return n;
    }

    /** The project's incremental lag at the fetch, or null: seconds behind, checkpoint, sample time, its age. */
    private ObjectNode lag(IncrementalLag l) {
        if (l == null) {
            return null;
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("seconds", l.behind().toSeconds());
        n.put("checkpointTime", time(l.checkpoint()));
        n.put("sampleTime", time(l.sampledAt()));
        putSeconds(n, "sampleAgeSeconds", l.sampleAge());
        n.put("sampleStale", l.isStale());
        n.put("caughtUp", l.isCaughtUp());
        return n;
    }

    private ObjectNode error(ErrorDetail e) {
        if (e == null || e.isEmpty()) {
            return null;
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("code", e.code());
        n.put("level", e.level());
        n.put("message", e.filledMessage());
        n.put("reason", e.filledReason());
        n.put("proposal", e.filledProposal());
        return n;
    }

    private static void putSeconds(ObjectNode n, String key, Duration d) {
        if (d == null) {
            n.putNull(key);
        } else {
            n.put(key, d.toSeconds());
        }
    }

    static String time(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
