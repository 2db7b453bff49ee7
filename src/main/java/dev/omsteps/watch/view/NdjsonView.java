package dev.omsteps.watch.view;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.api.ApiException;
import dev.omsteps.model.Component;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.render.ProjectDetailsJson;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code -o ndjson}: one JSON object per line — a {@code snapshot} per project first, then
 * {@code step-changed}, {@code poll-error}, {@code project-done}, and a final {@code done}.
 */
public final class NdjsonView implements WatchListener {

    private final PrintWriter out;
    private final JsonRenderer json = new JsonRenderer();
    private final Set<String> seen = new HashSet<>();
    private final JsonNodeFactory f = JsonNodeFactory.instance;

    public NdjsonView(PrintWriter out) {
        this.out = out;
    }

    private ObjectNode event(String type, Instant at, String projectId) {
        ObjectNode n = f.objectNode();
        n.put("event", type);
        n.put("at", at == null ? null : java.time.format.DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        if (projectId != null) {
            n.put("projectId", projectId);
        }
        return n;
    }

    private void emit(ObjectNode n) {
        out.println(json.compact(n));
        out.flush();
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        if (seen.add(projectId)) {
            ObjectNode n = event("snapshot", s.fetchedAt(), projectId);
            n.set("snapshot", json.document(s));
            emit(n);
        }
        for (StepChange c : changes) {
            ObjectNode n = event("step-changed", s.fetchedAt(), projectId);
            n.put("change", c.kind().name().toLowerCase(Locale.ROOT));
            n.put("order", c.after().order());
            n.put("name", c.after().name());
            n.set("from", brief(c.before()));
            n.set("to", brief(c.after()));
            n.set("step", json.step(c.after(), s.fetchedAt()));
            emit(n);
        }
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

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        ObjectNode n = event("poll-error", at, projectId);
        n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        n.put("code", e.code());
        n.put("httpStatus", e.httpStatus() == 0 ? null : e.httpStatus());
        n.put("message", e.getMessage());
        n.put("consecutive", consecutive);
        n.put("willRetry", willRetry);
        emit(n);
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        ObjectNode n = event("components", at, projectId);
        n.put("step", stepName);
        n.put("reason", reason);
        n.set("components", new ProjectDetailsJson().components(new ProjectComponents(projectId, at, null, parts), at));
        emit(n);
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        ObjectNode n = event("project-done", at, projectId);
        n.put("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("exitCode", outcome.exitCode());
        n.put("reason", reason);
        emit(n);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        ObjectNode n = event("done", at, null);
        n.put("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("exitCode", outcome.exitCode());
        ObjectNode projects = n.putObject("projects");
        perProject.forEach((id, o) -> projects.put(id, o.exitCode()));
        emit(n);
    }
}
