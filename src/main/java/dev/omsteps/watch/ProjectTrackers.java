package dev.omsteps.watch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ProjectTracker}s of one watch, and the one way a watch ends: the projects still going
 * end together (timeout, poll limit, Ctrl-C), then the listener hears each project's outcome and
 * the worst of them.
 */
public final class ProjectTrackers {

    private final WatchSettings settings;
    private final Clock clock;
    private final WatchListener listener;
    /** Every project seen, so one that leaves a dashboard's list and comes back keeps its history. */
    private final Map<String, ProjectTracker> seen = new LinkedHashMap<>();
    private List<ProjectTracker> watched = List.of();
    /** Why the whole watch ended before its projects did, if it did; the outcome is never better. */
    private Outcome cutShort;
    /** Outcomes of parts of the watch that ended on their own (a context that gave up); the outcome is never better. */
    private final List<Outcome> parts = new ArrayList<>();

    ProjectTrackers(WatchSettings settings, Clock clock, WatchListener listener) {
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /** The projects watched from now on, in this order; one that drops out forgets how it ended. */
    void watch(List<String> projectIds) {
        Set<String> keep = new HashSet<>(projectIds);
        seen.values().stream().filter(t -> !keep.contains(t.projectId())).forEach(ProjectTracker::forgetOutcome);
        watched = projectIds.stream().distinct()
                .map(id -> seen.computeIfAbsent(id, k -> new ProjectTracker(k, settings, clock, listener)))
                .toList();
    }

    ProjectTracker get(String projectId) {
        return seen.get(projectId);
    }

    /** The watched projects whose watch goes on. */
    List<ProjectTracker> open() {
        return watched.stream().filter(t -> !t.ended()).toList();
    }

    boolean allEnded() {
        return watched.stream().allMatch(ProjectTracker::ended);
    }

    /** Ends the whole watch early: every project still going ends with {@code outcome}, each told with {@code reason}. */
    void endOpen(Outcome outcome, String reason) {
        cutShort = outcome;
        open().forEach(t -> t.end(outcome, reason));
    }

    /** Ends the whole watch early without a word per project (a dashboard whose list failed): they take {@code outcome}. */
    void abandon(Outcome outcome) {
        cutShort = outcome;
    }

    /** A part of the watch (one context of several) ended with {@code outcome} while the rest go on. */
    void partGaveUp(Outcome outcome) {
        parts.add(outcome);
    }

    /** Tells the listener the watch is over; returns the outcome that decides the exit code. */
    Outcome done() {
        Map<String, Outcome> per = new LinkedHashMap<>();
        Outcome ifOpen = cutShort == null ? Outcome.DONE : cutShort;
        watched.forEach(t -> per.put(t.projectId(), t.ended() ? t.outcome() : ifOpen));
        List<Outcome> all = new ArrayList<>(per.values());
        all.add(ifOpen);
        all.addAll(parts);
        Outcome worst = Outcome.worst(all);
        listener.onDone(worst, per, clock.instant());
        return worst;
    }
}
