package dev.omsteps.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * omsteps' own JSON document (schema version 1, documented in the README): camelCase keys,
 * ISO-8601 UTC times with {@code Z}, real nulls, and derived figures (elapsed, ETA, lag).
 */
public final class JsonRenderer {

    public static final int SCHEMA_VERSION = 1;
    private final ObjectMapper mapper = PrintableJson.mapper();
    private final com.fasterxml.jackson.databind.ObjectWriter compactWriter =
            mapper.writer().without(SerializationFeature.INDENT_OUTPUT);

    public void render(StepsSnapshot s, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(document(s)));
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
        Instant now = s.fetchedAt();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("projectId", s.projectId());
        doc.put("fetchedAt", time(now));
        doc.put("requestId", s.requestId());
        doc.put("success", s.success());
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
        StepMetrics m = st.metrics();
        if (m != null && m.lagSeconds().isPresent()) {
            n.put("lagSeconds", m.lagSeconds().getAsLong());
        } else {
            n.putNull("lagSeconds");
        }
        n.put("checkpointTime", m == null ? null : time(m.checkpointTime()));
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

    private ObjectNode metrics(StepMetrics m) {
        if (m == null) {
            return null;
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("processedRecords", m.processedRecords());
        n.put("capacity", m.capacity());
        n.put("srcRps", m.srcRps());
        n.put("srcRpsRef", m.srcRpsRef());
        n.put("srcRtMs", m.srcRt());
        n.put("srcBytesPerSecond", m.srcIops());
        n.put("dstRps", m.dstRps());
        n.put("dstRpsRef", m.dstRpsRef());
        n.put("dstRtMs", m.dstRt());
        n.put("dstRtRefMs", m.dstRtRef());
        n.put("dstBytesPerSecond", m.dstIops());
        n.put("incrTimestampCheckpoint", m.incrTimestampCheckpoint());
        n.put("checkpointSampleTimestamp", m.checkpointSampleTimestamp());
        n.put("enableIncrStatistics", m.enableIncrStatistics());
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
