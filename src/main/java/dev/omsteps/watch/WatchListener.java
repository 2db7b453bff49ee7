package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a watch reports as it goes. The views (terminal, dashboard, log lines, ndjson) implement it, and
 * so can anything else that follows a watch; each overrides only the events it cares about, and
 * {@link WatchListeners#of} lets several follow one watch.
 */
public interface WatchListener {

    /** A successful poll of one project; {@code changes} is empty on the first one. */
    default void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
    }

    /**
     * {@code watch --all}: after the {@link #onSnapshot}s of one round of ListProjects pages, every project
     * listed, most urgent first. Views that draw a dashboard use this; the others ignore it.
     */
    default void onProjects(List<ProjectSummary> projects, Instant at) {
    }

    /** A poll that failed; the watch goes on when {@code willRetry}. */
    /**
     * A step failed or stalled and these are the components doing its work (DescribeProjectComponents);
     * {@code reason} is "failed" or "no progress for …".
     */
    default void onComponents(String projectId, String stepName, String reason, List<dev.omsteps.model.Component> components,
                              Instant at) {
    }

    default void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at) {
    }

    /**
     * {@code watch --all --contexts}: the listing of one context gave up (too many errors in a row, or one not worth
     * retrying); the other contexts are watched on. Its {@link #onPollError} came first.
     */
    default void onContextGaveUp(String context, ApiException error, Instant at) {
    }

    /** Between polls, about once a second, with the time of the next poll. */
    default void onWaiting(Instant now, Instant nextPoll) {
    }

    /** The watch of one project has ended; {@code reason} in words ({@link StopRules} has them all). */
    default void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
    }

    /** An alert of one project started or cleared ({@link AlertWatch} judges them). */
    default void onAlert(AlertEvent alert) {
    }

    /** The whole watch has ended; the last event. */
    default void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
    }
}
