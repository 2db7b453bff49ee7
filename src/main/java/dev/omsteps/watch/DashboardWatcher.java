package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.time.Sleeper;
import dev.omsteps.model.Attention;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.HumanUnits;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code watch --all}: polls every ListProjects page of a query (no call per project: the pages carry
 * steps, progress and lag), hands each project to the {@link WatchListener} as a snapshot (so diffs,
 * trends and events work as for single watches), then the sorted list for a dashboard. It ends when
 * every listed project has ended on its {@link StopRules} — or as the project status says, for a
 * project without steps — on a fatal API error, too many transient errors in a row, or the timeout.
 * Pacing and backoff are {@link PollPacing}'s, as for {@link Watcher}.
 */
public final class DashboardWatcher {

    /** The name poll errors are reported under: a failed round is the list's failure, not one project's. */
    public static final String SUBJECT = "ListProjects";

    private final ProjectLister lister;
    private final ProjectQuery query;
    private final Watcher.Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchListener listener;

    public DashboardWatcher(ProjectLister lister, ProjectQuery query, Watcher.Settings settings, Clock clock, Sleeper sleeper,
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
        Map<String, StepsSnapshot> last = new LinkedHashMap<>();
        Map<String, TrendTracker> trends = new LinkedHashMap<>();
        Map<String, Outcome> ended = new LinkedHashMap<>();
        List<String> listed = List.of();
        int errorsInARow = 0;
        Outcome overall = null;
        try {
            while (true) {
                Duration delay = settings.interval();
                try {
                    ProjectLister.Listing listing = lister.fetchAll(query);
                    errorsInARow = 0;
                    List<ProjectSummary> sorted = listing.projects().stream().sorted(Attention.ORDER).toList();
                    listed = sorted.stream().map(ProjectSummary::id).toList();
                    for (ProjectSummary p : sorted) {
                        StepsSnapshot snap = p.asSnapshot(listing.requestId());
                        StepsSnapshot before = last.put(p.id(), snap);
                        List<StepChange> changes = before == null ? List.of() : SnapshotDiff.between(before, snap);
                        TrendTracker trend = trends.computeIfAbsent(p.id(), id -> new TrendTracker(settings.trendWindow()));
                        trend.add(snap);
                        listener.onSnapshot(p.id(), snap, changes, trend);
                        Optional<Outcome> o = outcomeOf(p, snap);
                        if (o.isEmpty()) {
                            ended.remove(p.id());
                        } else if (ended.put(p.id(), o.get()) != o.get()) {
                            listener.onProjectDone(p.id(), o.get(), settings.rules().reason(o.get(), snap), clock.instant());
                        }
                    }
                    ended.keySet().retainAll(listed);
                    listener.onProjects(sorted, listing.fetchedAt() == null ? clock.instant() : listing.fetchedAt());
                    if (ended.size() == listed.size()) {
                        break;
                    }
                } catch (ApiException e) {
                    errorsInARow++;
                    boolean retry = e.isTransient() && errorsInARow < settings.maxErrors();
                    listener.onPollError(SUBJECT, e, errorsInARow, retry, clock.instant());
                    if (!retry) {
                        overall = Outcome.API_ERROR;
                        break;
                    }
                    delay = pacing.backoff(errorsInARow);
                }
                if (pacing.expired()) {
                    for (String id : listed) {
                        if (!ended.containsKey(id)) {
                            ended.put(id, Outcome.TIMED_OUT);
                            listener.onProjectDone(id, Outcome.TIMED_OUT,
                                    "timed out after " + HumanUnits.duration(settings.timeout()), clock.instant());
                        }
                    }
                    if (listed.isEmpty()) {
                        overall = Outcome.TIMED_OUT;
                    }
                    break;
                }
                pacing.waitFor(delay, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (String id : listed) {
                if (!ended.containsKey(id)) {
                    ended.put(id, Outcome.INTERRUPTED);
                    listener.onProjectDone(id, Outcome.INTERRUPTED, "interrupted", clock.instant());
                }
            }
            overall = Outcome.INTERRUPTED;
        }
        Map<String, Outcome> per = new LinkedHashMap<>();
        for (String id : listed) {
            per.put(id, ended.getOrDefault(id, overall == null ? Outcome.DONE : overall));
        }
        Outcome worst = Outcome.worst(per.values());
        if (overall != null && Outcome.worst(List.of(worst, overall)) == overall) {
            worst = overall;
        }
        listener.onDone(worst, per, clock.instant());
        return worst;
    }

    /** The single-watch rules on the project's steps; the project status decides for what the steps do not show. */
    private Optional<Outcome> outcomeOf(ProjectSummary p, StepsSnapshot snap) {
        Optional<Outcome> byRules = settings.rules().evaluate(snap);
        if (byRules.isPresent()) {
            return byRules;
        }
        StepStatus worst = p.worstStatus();
        if (worst.is(StepStatus.Kind.FAILED)) {
            return Optional.of(Outcome.FAILED);
        }
        if (worst.is(StepStatus.Kind.SUSPEND)) {
            return Optional.of(Outcome.SUSPENDED);
        }
        return p.isSettled() ? Optional.of(Outcome.DONE) : Optional.empty();
    }
}
