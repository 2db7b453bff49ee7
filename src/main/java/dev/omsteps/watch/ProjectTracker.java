package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a watch knows about one project: its last snapshot, its trend, its failed polls in a row and
 * how its watch ended. Every change is told to the {@link WatchListener} as it happens, so views (and
 * anything else subscribed) see one project the same way whichever loop polls it.
 */
public final class ProjectTracker {

    private final String projectId;
    private final StopRules rules;
    private final Clock clock;
    private final WatchListener listener;
    private final TrendTracker trend;
    private final ErrorStreak errors;
    private StepsSnapshot last;
    private Outcome outcome;

    ProjectTracker(String projectId, WatchSettings settings, Clock clock, WatchListener listener) {
        this.projectId = projectId;
        this.rules = settings.rules();
        this.clock = clock;
        this.listener = listener;
        this.trend = new TrendTracker(settings.trendWindow());
        this.errors = new ErrorStreak(projectId, settings.maxErrors());
    }

    public String projectId() {
        return projectId;
    }

    /** The last snapshot, null before the first answer. */
    public StepsSnapshot last() {
        return last;
    }

    public TrendTracker trend() {
        return trend;
    }

    /** How its watch ended; null while it goes on. */
    public Outcome outcome() {
        return outcome;
    }

    public boolean ended() {
        return outcome != null;
    }

    /** A new answer: the listener gets it with the changes since the last one and the trend. */
    void answered(StepsSnapshot snapshot) {
        errors.answered();
        List<StepChange> changes = last == null ? List.of() : SnapshotDiff.between(last, snapshot);
        trend.add(snapshot);
        last = snapshot;
        listener.onSnapshot(projectId, snapshot, changes, trend);
    }

    /**
     * How the project stands after its last answer: an outcome ends its watch (told once, and again
     * only when it changes); none keeps it going — or reopens it, as for a resumed project on a dashboard.
     */
    void judge(Optional<Outcome> verdict) {
        if (verdict.isEmpty()) {
            outcome = null;
        } else if (verdict.get() != outcome) {
            end(verdict.get(), rules.reason(verdict.get(), last));
        }
    }

    /** A failed poll; true when the watch tries again, else the project's watch ends as an API error. */
    boolean failed(ApiException error) {
        boolean retry = errors.failed(error, listener, clock.instant());
        if (!retry) {
            end(Outcome.API_ERROR, error.getMessage());
        }
        return retry;
    }

    int errorsInARow() {
        return errors.inARow();
    }

    void end(Outcome o, String reason) {
        outcome = o;
        listener.onProjectDone(projectId, o, reason, clock.instant());
    }

    /** Off the dashboard's list: how it ended is forgotten (said again should it come back), its history is not. */
    void forgetOutcome() {
        outcome = null;
    }
}
