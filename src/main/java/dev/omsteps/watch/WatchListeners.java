package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Several listeners following one watch: each event goes to each, in the order given. */
public final class WatchListeners implements WatchListener {

    private final List<WatchListener> listeners;

    private WatchListeners(List<WatchListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public static WatchListener of(WatchListener... listeners) {
        return new WatchListeners(List.of(listeners));
    }

    public static WatchListener of(List<WatchListener> listeners) {
        return new WatchListeners(listeners);
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        listeners.forEach(l -> l.onSnapshot(projectId, snapshot, changes, trend));
    }

    @Override
    public void onProjects(List<ProjectSummary> projects, Instant at) {
        listeners.forEach(l -> l.onProjects(projects, at));
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<dev.omsteps.model.Component> components,
                             Instant at) {
        listeners.forEach(l -> l.onComponents(projectId, stepName, reason, components, at));
    }

    @Override
    public void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at) {
        listeners.forEach(l -> l.onPollError(projectId, error, consecutive, willRetry, at));
    }

    @Override
    public void onContextGaveUp(String context, ApiException error, Instant at) {
        listeners.forEach(l -> l.onContextGaveUp(context, error, at));
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        listeners.forEach(l -> l.onWaiting(now, nextPoll));
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        listeners.forEach(l -> l.onProjectDone(projectId, outcome, reason, at));
    }

    @Override
    public void onAlert(AlertEvent alert) {
        listeners.forEach(l -> l.onAlert(alert));
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        listeners.forEach(l -> l.onDone(outcome, perProject, at));
    }
}
