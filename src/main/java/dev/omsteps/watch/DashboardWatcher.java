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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code watch --all}: polls every ListProjects page of a query (no call per project: the pages carry
 * steps, progress and lag) into one {@link ProjectTracker} per listed project — so diffs, trends and
 * events work as for single watches — then hands the sorted list to the {@link WatchListener} for a
 * dashboard — of one context, or of several side by side ({@link Source}). It ends when every listed project has ended on its {@link StopRules} — or as the project
 * status says, for a project without steps — on a fatal API error, too many transient errors in a row,
 * or the timeout. Pacing and backoff are {@link PollPacing}'s, as for {@link Watcher}, kept per source: a context
 * that backs off does not slow the others, and one that gives up ({@code --max-errors} failures in a row, or an error
 * not worth retrying such as refused credentials) is marked and left while the others are watched on — the watch then
 * ends no better than an API error.
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

    /**
     * One source's own pace: when it is next polled, its errors in a row, and whether it gave up. Each source backs off
     * alone, so a throttled or failing context does not slow the others.
     */
    private static final class Pace {
        final ErrorStreak streak;
        Instant next;
        boolean gaveUp;

        Pace(ErrorStreak streak, Instant next) {
            this.streak = streak;
            this.next = next;
        }
    }

    public Outcome run() {
        PollPacing pacing = new PollPacing(settings.interval(), settings.timeout(), clock, sleeper);
        ProjectTrackers trackers = new ProjectTrackers(settings, clock, listener);
        Map<Source, Pace> paces = new LinkedHashMap<>();
        sources.forEach(src -> paces.put(src, new Pace(new ErrorStreak(
                src.context() == null ? SUBJECT : SUBJECT + " (" + src.context() + ")", settings.maxErrors()), clock.instant())));
        // a context whose listing fails keeps its last projects on the dashboard meanwhile (and after giving up)
        Map<Source, Listed> listed = new LinkedHashMap<>();
        try {
            while (true) {
                boolean answered = false;
                for (Source src : sources) {
                    Pace pace = paces.get(src);
                    // at the deadline every context still watched gets its last poll, due or not
                    if (pace.gaveUp || clock.instant().isBefore(pace.next) && !pacing.expired()) {
                        continue;
                    }
                    try {
                        ProjectLister.Listing listing = src.lister().fetchAll(query);
                        pace.streak.answered();
                        pace.next = clock.instant().plus(settings.interval());
                        List<ProjectSummary> projects = src.context() == null ? listing.projects()
                                : listing.projects().stream().map(p -> p.inContext(src.context())).toList();
                        listed.put(src, new Listed(projects, listing.requestId(), listing.fetchedAt()));
                        answered = true;
                    } catch (ApiException e) {
                        if (pacing.expired()) {
                            trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                            return trackers.done(); // cut short by --timeout: the watch timed out, the listing did not fail
                        }
                        if (pace.streak.failed(e, listener, clock.instant())) {
                            pace.next = clock.instant().plus(pacing.backoff(pace.streak.inARow(), e));
                        } else {
                            pace.gaveUp = true;
                            giveUp(src, e, trackers, listed.get(src));
                        }
                    }
                }
                if (paces.values().stream().allMatch(p -> p.gaveUp)) {
                    trackers.abandon(Outcome.API_ERROR);
                    break;
                }
                if (answered && judge(trackers, listed, paces)) {
                    break;
                }
                if (pacing.expired()) {
                    trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                    break;
                }
                Instant next = paces.values().stream().filter(p -> !p.gaveUp).map(p -> p.next).min(Instant::compareTo)
                        .orElseThrow();
                Duration delay = Duration.between(clock.instant(), next);
                if (delay.isNegative()) {
                    delay = Duration.ZERO;
                }
                pacing.waitFor(delay, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            trackers.endOpen(Outcome.INTERRUPTED, StopRules.INTERRUPTED);
        }
        return trackers.done();
    }

    /**
     * One context gave up while others go on: it is said once (the dashboard marks it, ndjson names it), its projects
     * as last listed end as API errors, and the whole watch can end no better than that.
     */
    private void giveUp(Source src, ApiException e, ProjectTrackers trackers, Listed last) {
        if (src.context() == null || sources.size() == 1) {
            return; // the only source: the watch ends as it always did
        }
        trackers.partGaveUp(Outcome.API_ERROR);
        listener.onContextGaveUp(src.context(), e, clock.instant());
        if (last != null) {
            String reason = "context " + src.context() + " gave up: " + e.getMessage();
            last.projects().stream().map(p -> trackers.get(p.id())).filter(t -> t != null && !t.ended())
                    .forEach(t -> t.end(Outcome.API_ERROR, reason));
        }
    }

    /**
     * Judges every listed project of the contexts still watched, most urgent first, and shows them all (those of a
     * context that gave up as last listed); true when every one has ended.
     */
    private boolean judge(ProjectTrackers trackers, Map<Source, Listed> listed, Map<Source, Pace> paces) {
        Map<String, String> requestIds = new HashMap<>();
        Set<String> frozen = new HashSet<>();
        List<ProjectSummary> all = new ArrayList<>();
        Instant at = null;
        for (Map.Entry<Source, Listed> e : listed.entrySet()) {
            Listed l = e.getValue();
            boolean gaveUp = paces.get(e.getKey()).gaveUp;
            l.projects().forEach(p -> {
                requestIds.put(p.id(), l.requestId());
                if (gaveUp) {
                    frozen.add(p.id());
                }
            });
            all.addAll(l.projects());
            at = l.fetchedAt() != null && (at == null || l.fetchedAt().isAfter(at)) ? l.fetchedAt() : at;
        }
        List<ProjectSummary> sorted = all.stream().sorted(Attention.order(settings.rules().laggingFrom())).toList();
        trackers.watch(sorted.stream().map(ProjectSummary::id).toList());
        for (ProjectSummary p : sorted) {
            ProjectTracker tracker = trackers.get(p.id());
            if (frozen.contains(p.id())) {
                if (!tracker.ended()) {
                    tracker.end(Outcome.API_ERROR, "its context gave up"); // one that came back after forgetOutcome
                }
                continue;
            }
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
