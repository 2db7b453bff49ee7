package dev.omsteps.watch.view;

import dev.omsteps.model.Component;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectKey;
import dev.omsteps.render.ProjectDetailsJson;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.api.ApiException;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON shape of every watch event: {@code -o ndjson} prints these, one a line, and the
 * notifications post the very same documents, so a script reading one reads the other.
 */
public final class EventJson {

    private final JsonRenderer json = new JsonRenderer();
    private final JsonNodeFactory f = JsonNodeFactory.instance;

    /** The document on one line, as ndjson and webhooks carry it. */
    public String line(ObjectNode event) {
        return json.compact(event);
    }

    /** An outcome as events name it: {@code failed}, {@code timed-out}, … */
    public static String outcomeName(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private ObjectNode event(String type, Instant at, String projectId) {
        ObjectNode n = f.objectNode();
        n.put("event", type);
        n.put("at", at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
        if (projectId != null) {
            // a watch of several contexts keys projects context/id: the event carries the two apart
            ProjectKey key = ProjectKey.parse(projectId);
            n.put("projectId", key.id());
            if (key.context() != null) {
                n.put("context", key.context());
            }
        }
        return n;
    }

    public ObjectNode snapshot(String projectId, StepsSnapshot s) {
        ObjectNode n = event("snapshot", s.fetchedAt(), projectId);
        n.set("snapshot", json.document(s));
        return n;
    }

    public ObjectNode stepChanged(String projectId, StepsSnapshot s, StepChange c) {
        ObjectNode n = event("step-changed", s.fetchedAt(), projectId);
        n.put("change", c.kind().name().toLowerCase(Locale.ROOT));
        n.put("order", c.after().order());
        n.put("name", c.after().name());
        n.set("from", brief(c.before()));
        n.set("to", brief(c.after()));
        n.set("step", json.step(c.after(), s.fetchedAt()));
        return n;
    }

    private ObjectNode brief(Step st) {
        if (st == null) {
            return null;
        }
        ObjectNode n = f.objectNode();
        n.put("status", st.status().raw());
        n.put("progress", st.progress());
        return n;
    }

    public ObjectNode pollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        ObjectNode n = event("poll-error", at, projectId);
        n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        n.put("code", e.code());
        n.put("httpStatus", e.httpStatus() == 0 ? null : e.httpStatus());
        n.put("message", e.getMessage());
        n.put("consecutive", consecutive);
        n.put("willRetry", willRetry);
        return n;
    }

    /** {@code context-gave-up}: one context of a {@code watch --all --contexts} stopped being watched; the rest go on. */
    public ObjectNode contextGaveUp(String context, ApiException e, Instant at) {
        ObjectNode n = event("context-gave-up", at, null);
        n.put("context", context);
        n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        n.put("code", e.code());
        n.put("httpStatus", e.httpStatus() == 0 ? null : e.httpStatus());
        n.put("message", e.getMessage());
        n.put("exitCode", Outcome.API_ERROR.exitCode());
        return n;
    }

    public ObjectNode projectDone(String projectId, Outcome outcome, String reason, Instant at) {
        ObjectNode n = event("project-done", at, projectId);
        n.put("outcome", outcomeName(outcome));
        n.put("exitCode", outcome.exitCode());
        n.put("reason", reason);
        return n;
    }

    /** {@code alert-fired} or {@code alert-cleared}. */
    public ObjectNode components(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        ObjectNode n = event("components", at, projectId);
        n.put("step", stepName);
        n.put("reason", reason);
        n.set("components", new ProjectDetailsJson().components(new ProjectComponents(projectId, at, null, parts), at));
        return n;
    }

    public ObjectNode alert(AlertEvent a) {
        ObjectNode n = event(a.firing() ? "alert-fired" : "alert-cleared", a.at(), a.projectId());
        n.put("alert", a.rule().name());
        n.put("rule", a.rule().text());
        n.put("lagSeconds", a.lag() == null ? null : a.lag().toSeconds());
        n.put("detail", a.detail());
        return n;
    }

    public ObjectNode done(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        ObjectNode n = event("done", at, null);
        n.put("outcome", outcomeName(outcome));
        n.put("exitCode", outcome.exitCode());
        ObjectNode projects = n.putObject("projects");
        perProject.forEach((id, o) -> projects.put(id, o.exitCode()));
        return n;
    }

    /** The {@code done} line of a watch ended by a signal or an error: each project's exit code as it ended. */
    public ObjectNode endedBy(String outcome, int exitCode, Map<String, Integer> perProject, Instant at) {
        ObjectNode n = event("done", at, null);
        n.put("outcome", outcome);
        n.put("exitCode", exitCode);
        ObjectNode projects = n.putObject("projects");
        perProject.forEach(projects::put);
        return n;
    }
}
