package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.time.Sleeper;
import dev.omsteps.model.Attention;
import dev.omsteps.model.ProjectKey;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code watch --all}: polls every ListProjects page of a query (no call per project: the pages carry
 * steps, progress and lag) into one {@link ProjectTracker} per listed project — so diffs, trends and
 * events work as for single watches — then hands the sorted list to the {@link WatchListener} for a
 * dashboard — of one context, or of several side by side ({@link Source}). It ends when every listed project has ended on its {@link StopRules} — or as the project
 * status says, for a project without steps — on a fatal API error, too many transient errors in a row,
 * or the timeout. Pacing and backoff are {@link PollPacing}'s, as for {@link Watcher}.
 */
public final class DashboardWatcher {

    /** The name poll errors are reported under: a failed round is the list's failure, not one project's. */
    public static final String SUBJECT = "ListProjects";

    /**
     * Where projects are listed: one context of the config file, or the only one ({@code context} null). Projects of a
     * named context are keyed {@code context/id} ({@link ProjectKey}), so every view and event shows their context.
     */
    public record Source(String context, ProjectLister lister) {
    }

    private final List<Source> sources;
    private final ProjectQuery query;
    private final WatchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchListener listener;

    public DashboardWatcher(ProjectLister lister, ProjectQuery query, WatchSettings settings, Clock clock, Sleeper sleeper,
                            WatchListener listener) {
        this(List.of(new Source(null, lister)), query, settings, clock, sleeper, listener);
    }

    public DashboardWatcher(List<Source> sources, ProjectQuery query, WatchSettings settings, Clock clock, Sleeper sleeper,
                            WatchListener listener) {
        this.sources = List.copyOf(sources);
        this.query = query;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** One source's last good listing: its projects (keyed with the context) and the answer's request ID. */
    private record Listed(List<ProjectSummary> projects, String requestId, Instant fetchedAt) {
    }

    public Outcome run() {
        PollPacing pacing = new PollPacing(settings.interval(), settings.timeout(), clock, sleeper);
        ProjectTrackers trackers = new ProjectTrackers(settings, clock, listener);
        Map<Source, ErrorStreak> streaks = new LinkedHashMap<>();
        sources.forEach(src -> streaks.put(src, new ErrorStreak(
                src.context() == null ? SUBJECT : SUBJECT + " (" + src.context() + ")", settings.maxErrors())));
        // a context whose listing fails for a round keeps its last projects on the dashboard meanwhile
        Map<Source, Listed> listed = new LinkedHashMap<>();
        try {
            rounds:
            while (true) {
                Duration delay = settings.interval();
                boolean answered = false;
                for (Source src : sources) {
                    ErrorStreak streak = streaks.get(src);
                    try {
                        ProjectLister.Listing listing = src.lister().fetchAll(query);
                        streak.answered();
                        List<ProjectSummary> projects = src.context() == null ? listing.projects()
                                : listing.projects().stream().map(p -> p.inContext(src.context())).toList();
                        listed.put(src, new Listed(projects, listing.requestId(), listing.fetchedAt()));
                        answered = true;
                    } catch (ApiException e) {
                        if (pacing.expired()) {
                            trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                            break rounds; // cut short by --timeout: the watch timed out, the listing did not fail
                        }
                        if (!streak.failed(e, listener, clock.instant())) {
                            trackers.abandon(Outcome.API_ERROR);
                            break rounds;
                        }
                        Duration backoff = pacing.backoff(streak.inARow(), e);
                        delay = backoff.compareTo(delay) > 0 ? backoff : delay;
                    }
                }
                if (answered && judge(trackers, listed)) {
                    break;
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

    /** Judges every listed project, most urgent first, and shows them; true when every one has ended. */
    private boolean judge(ProjectTrackers trackers, Map<Source, Listed> listed) {
        Map<String, String> requestIds = new HashMap<>();
        List<ProjectSummary> all = new ArrayList<>();
        Instant at = null;
        for (Listed l : listed.values()) {
            l.projects().forEach(p -> requestIds.put(p.id(), l.requestId()));
            all.addAll(l.projects());
            at = l.fetchedAt() != null && (at == null || l.fetchedAt().isAfter(at)) ? l.fetchedAt() : at;
        }
        List<ProjectSummary> sorted = all.stream().sorted(Attention.order(settings.rules().laggingFrom())).toList();
        trackers.watch(sorted.stream().map(ProjectSummary::id).toList());
        for (ProjectSummary p : sorted) {
            ProjectTracker tracker = trackers.get(p.id());
            StepsSnapshot snap = p.asSnapshot(requestIds.get(p.id()));
            tracker.answered(snap);
            tracker.judge(outcomeOf(p, snap, tracker.failedSince()));
        }
        listener.onProjects(sorted, at == null ? clock.instant() : at);
        return trackers.allEnded();
    }

    /** The single-watch rules on the project's steps; the project status decides for what the steps do not show. */
    private Optional<Outcome> outcomeOf(ProjectSummary p, StepsSnapshot snap, Instant failedSince) {
        return settings.rules().evaluate(snap, p.stage(settings.rules().laggingFrom()), failedSince);
    }
}
