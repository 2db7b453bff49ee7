package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.time.Sleeper;
import dev.omsteps.model.Attention;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code watch --all}: polls every ListProjects page of a query (no call per project: the pages carry
 * steps, progress and lag) into one {@link ProjectTracker} per listed project — so diffs, trends and
 * events work as for single watches — then hands the sorted list to the {@link WatchListener} for a
 * dashboard. It ends when every listed project has ended on its {@link StopRules} — or as the project
 * status says, for a project without steps — on a fatal API error, too many transient errors in a row,
 * or the timeout. Pacing and backoff are {@link PollPacing}'s, as for {@link Watcher}.
 */
public final class DashboardWatcher {

    /** The name poll errors are reported under: a failed round is the list's failure, not one project's. */
    public static final String SUBJECT = "ListProjects";

    private final ProjectLister lister;
    private final ProjectQuery query;
    private final WatchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchListener listener;

    public DashboardWatcher(ProjectLister lister, ProjectQuery query, WatchSettings settings, Clock clock, Sleeper sleeper,
                            WatchListener listener) {
        this.lister = lister;
        this.query = query;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    public Outcome run() {
        PollPacing pacing = new PollPacing(settings.interval(), settings.timeout(), clock, sleeper);
        ProjectTrackers trackers = new ProjectTrackers(settings, clock, listener);
        ErrorStreak listErrors = new ErrorStreak(SUBJECT, settings.maxErrors());
        try {
            while (true) {
                Duration delay = settings.interval();
                try {
                    ProjectLister.Listing listing = lister.fetchAll(query);
                    listErrors.answered();
                    List<ProjectSummary> sorted = listing.projects().stream().sorted(Attention.order(settings.rules().laggingFrom())).toList();
                    trackers.watch(sorted.stream().map(ProjectSummary::id).toList());
                    for (ProjectSummary p : sorted) {
                        ProjectTracker tracker = trackers.get(p.id());
                        StepsSnapshot snap = p.asSnapshot(listing.requestId());
                        tracker.answered(snap);
                        tracker.judge(outcomeOf(p, snap, tracker.failedSince()));
                    }
                    listener.onProjects(sorted, listing.fetchedAt() == null ? clock.instant() : listing.fetchedAt());
                    if (trackers.allEnded()) {
                        break;
                    }
                } catch (ApiException e) {
                    if (pacing.expired()) {
                        trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                        break; // cut short by --timeout: the watch timed out, the listing did not fail
                    }
                    if (!listErrors.failed(e, listener, clock.instant())) {
                        trackers.abandon(Outcome.API_ERROR);
                        break;
                    }
                    delay = pacing.backoff(listErrors.inARow(), e);
                }
                if (pacing.expired()) {
                    trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                    break;
                }
                pacing.waitFor(delay, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            trackers.endOpen(Outcome.INTERRUPTED, StopRules.INTERRUPTED);
        }
        return trackers.done();
    }

    /** The single-watch rules on the project's steps; the project status decides for what the steps do not show. */
    private Optional<Outcome> outcomeOf(ProjectSummary p, StepsSnapshot snap, java.time.Instant failedSince) {
        return settings.rules().evaluate(snap, p.stage(settings.rules().laggingFrom()), failedSince);
    }
}
