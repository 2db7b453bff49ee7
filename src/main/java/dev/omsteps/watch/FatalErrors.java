package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.StepsSnapshot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes everything on to a view and remembers the errors that ended a project's watch, so the
 * command can also say them as the usual one line on stderr (the view writes to stdout).
 */
public final class FatalErrors implements WatchListener {

    private final WatchListener view;
    private final Map<String, ApiException> fatal = new LinkedHashMap<>();

    public FatalErrors(WatchListener view) {
        this.view = view;
    }

    /** Project ID → the error after which its watch gave up. */
    public Map<String, ApiException> fatal() {
        return Map.copyOf(fatal);
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        view.onSnapshot(projectId, snapshot, changes, trend);
    }

    @Override
    public void onProjects(List<dev.omsteps.model.ProjectSummary> projects, Instant at) {
        view.onProjects(projects, at);
    }

    @Override
    public void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at) {
        if (!willRetry) {
            fatal.put(projectId, error);
        }
        view.onPollError(projectId, error, consecutive, willRetry, at);
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        view.onWaiting(now, nextPoll);
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        view.onProjectDone(projectId, outcome, reason, at);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        view.onDone(outcome, perProject, at);
    }
}
