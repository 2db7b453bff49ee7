package dev.omsteps.cli;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo's watch runs on simulated time, where a wait between polls ticks once a simulated second: thousands of
 * ticks a real second at demo speed. This passes every event on, but a waiting tick at most once a real second, so a
 * redrawn view draws at the pace a person reads (and a terminal's history is not flooded).
 */
final class RealTimeTicks implements WatchListener {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final WatchListener view;
    private final Clock real;
    private Instant lastTick = Instant.MIN;

    RealTimeTicks(WatchListener view, Clock real) {
        this.view = view;
        this.real = real;
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        Instant t = real.instant();
        if (Duration.between(lastTick, t).compareTo(EVERY) >= 0) {
            lastTick = t;
            view.onWaiting(now, nextPoll);
        }
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        view.onSnapshot(projectId, snapshot, changes, trend);
    }

    @Override
    public void onProjects(List<ProjectSummary> projects, Instant at) {
        view.onProjects(projects, at);
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<dev.omsteps.model.Component> components,
                             Instant at) {
        view.onComponents(projectId, stepName, reason, components, at);
    }

    @Override
    public void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at) {
        view.onPollError(projectId, error, consecutive, willRetry, at);
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        view.onProjectDone(projectId, outcome, reason, at);
    }

    @Override
    public void onAlert(AlertEvent alert) {
        view.onAlert(alert);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        view.onDone(outcome, perProject, at);
    }
}
