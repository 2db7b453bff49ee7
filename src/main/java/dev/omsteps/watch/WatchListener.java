package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a watch reports as it goes; the three views (terminal, log lines, ndjson) implement it. */
public interface WatchListener {

    /** A successful poll of one project; {@code changes} is empty on the first one. */
    void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend);

    /**
     * {@code watch --all}: after the {@link #onSnapshot}s of one round of ListProjects pages, every project
     * listed, most urgent first. Views that draw a dashboard use this; the others ignore it.
     */
    default void onProjects(List<ProjectSummary> projects, Instant at) {
    }

    /** A poll that failed; the watch goes on when {@code willRetry}. */
    void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at);

    /** Between polls, about once a second, with the time of the next poll. */
    default void onWaiting(Instant now, Instant nextPoll) {
    }

    /** The watch of one project has ended. */
    default void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
    }

    /** The whole watch has ended. */
    void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at);
}
