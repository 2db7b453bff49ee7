package dev.omsteps.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationReport;
import java.util.List;

/**
 * {@code omsteps verify -o json}: the verdict (CONSISTENT, DIFFERENCES, NOT_FINISHED) and why,
 * counts, and every table worst first with its figures as the API gave them (real nulls).
 */
public final class VerificationJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode document(VerificationReport r) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schemaVersion", JsonRenderer.SCHEMA_VERSION);
        doc.put("projectId", r.projectId());
        doc.put("fetchedAt", JsonRenderer.time(r.fetchedAt()));
        doc.put("verdict", r.verdict().name());
        doc.put("reason", r.reason());
        doc.put("differentRows", r.differentNumber());
        doc.put("tablesTotal", r.tables().size());
        doc.put("tablesDifferent", r.count(TableVerification.Standing.DIFFERENT));
        doc.put("tablesUnfinished", r.count(TableVerification.Standing.UNFINISHED));
        doc.put("tablesConsistent", r.count(TableVerification.Standing.CLEAN));
        if (r.verifierStep() == null) {
            doc.putNull("step");
        } else {
            ObjectNode step = doc.putObject("step");
            step.put("name", r.verifierStep().name());
            step.put("status", r.verifierStep().status().raw());
            step.put("progress", r.verifierStep().clampedProgress());
            step.put("finished", r.stepFinished());
        }
        ArrayNode tables = doc.putArray("tables");
        r.tables().forEach(t -> tables.add(table(t)));
        return doc;
    }

    private ObjectNode table(TableVerification t) {
        ObjectNode n = mapper.createObjectNode();
        n.put("sourceSchema", t.sourceSchema());
        n.put("sourceTable", t.sourceTable());
        n.put("targetSchema", t.destSchema());
        n.put("standing", t.standing().name());
        n.put("status", t.status());
        n.put("resultType", t.resultType());
        n.put("resultDescription", t.resultDesc());
        n.put("progress", t.progress());
        n.put("consistentRows", t.consistentCount());
        n.put("mismatchedRows", t.mismatchedCount());
        n.put("sourceOnlyRows", t.sourceOnlyCount());
        n.put("targetOnlyRows", t.destOnlyCount());
        n.put("message", t.message());
        n.set("errors", errors(t.errors()));
        return n;
    }

    ArrayNode errors(List<ErrorDetail> errors) {
        ArrayNode a = mapper.createArrayNode();
        for (ErrorDetail e : errors) {
            ObjectNode n = a.addObject();
            n.put("code", e.code());
            n.put("level", e.level());
            n.put("message", e.filledMessage());
            n.put("reason", e.filledReason());
            n.put("proposal", e.filledProposal());
        }
        return a;
    }
}
