package dev.omsteps.watch.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.api.ApiException;
import dev.omsteps.model.Component;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code -o ndjson}: one JSON object per line ({@link EventJson} has their shape) — a {@code snapshot}
 * per project first, then {@code step-changed}, {@code poll-error}, {@code alert-fired},
 * {@code alert-cleared}, {@code project-done}, and a final {@code done}.
 */
public final class NdjsonView implements WatchListener {

    private final PrintWriter out;
    private final EventJson events = new EventJson();
    private final Set<String> seen = new HashSet<>();

    public NdjsonView(PrintWriter out) {
        this.out = out;
    }

    private void emit(ObjectNode n) {
        out.println(events.line(n));
        out.flush();
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        if (seen.add(projectId)) {
            emit(events.snapshot(projectId, s));
        }
        for (StepChange c : changes) {
            emit(events.stepChanged(projectId, s, c));
        }
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        emit(events.pollError(projectId, e, consecutive, willRetry, at));
    }

    @Override
    public void onAlert(AlertEvent alert) {
        emit(events.alert(alert));
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        emit(events.components(projectId, stepName, reason, parts, at));
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        emit(events.projectDone(projectId, outcome, reason, at));
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        emit(events.done(outcome, perProject, at));
    }
}
