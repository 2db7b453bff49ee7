package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.time.Sleeper;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The poll loop: polls every project (concurrently when there are several) into its
 * {@link ProjectTracker}, which reports to a {@link WatchListener}, and stops each project on its
 * {@link StopRules}, a fatal API error, too many transient errors in a row, or the timeout. Time and
 * sleeping are injected.
 */
public final class Watcher {

    private static final int MAX_PARALLEL_POLLS = 8;

    private final OmsClient client;
    private final WatchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchListener listener;
    /** Null: no deeper looks (no opening trend, no components on a stall or failure). */
    private final StepInspector inspector;
    private final Duration stallAfter;
    private final Map<String, StallDetector> stalls = new HashMap<>();

    public Watcher(OmsClient client, WatchSettings settings, Clock clock, Sleeper sleeper, WatchListener listener) {
        this(client, settings, clock, sleeper, listener, null, null);
    }

    /**
     * A watch that also opens each project's trend with the server's recent history and, when a
     * step fails or makes no progress for {@code stallAfter}, reports the components doing its work.
     */
    public Watcher(OmsClient client, WatchSettings settings, Clock clock, Sleeper sleeper, WatchListener listener,
                   StepInspector inspector, Duration stallAfter) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
        this.inspector = inspector;
        this.stallAfter = stallAfter;
    }

    /** One poll's result: a snapshot or the error. */
    private record Poll(StepsSnapshot snapshot, ApiException error) {
    }

    public Outcome run(List<String> projectIds) {
        ProjectTrackers trackers = new ProjectTrackers(settings, clock, listener);
        trackers.watch(projectIds);
        // each project keeps its own pace, so one backing off delays no other
        Map<String, Instant> due = new HashMap<>();
        PollPacing pacing = new PollPacing(settings.interval(), settings.timeout(), clock, sleeper);
        ExecutorService pool = projectIds.size() > 1
                ? Executors.newFixedThreadPool(Math.min(projectIds.size(), MAX_PARALLEL_POLLS), daemonThreads())
                : null;
        long rounds = 0;
        try {
            while (true) {
                rounds++;
                Instant now = clock.instant();
                boolean lastChance = pacing.expired(); // at the deadline every project gets a final poll
                List<ProjectTracker> dueNow = trackers.open().stream()
                        .filter(t -> lastChance || !due.getOrDefault(t.projectId(), Instant.MIN).isAfter(now))
                        .toList();
                Map<String, Poll> polls = pollAll(dueNow.stream().map(ProjectTracker::projectId).toList(), pool);
                for (ProjectTracker t : dueNow) {
                    due.put(t.projectId(), now.plus(handle(t, polls.get(t.projectId()), pacing)));
                }
                if (trackers.allEnded()) {
                    break;
                }
                // 'watch good typo': a project that does not exist is a mistake in the command, not worth hours of watching the rest
                String unknown = dueNow.stream().filter(t -> t.last() == null).map(ProjectTracker::projectId)
                        .filter(id -> polls.get(id).error() != null && polls.get(id).error().kind() == ApiException.Kind.NOT_FOUND)
                        .findFirst().orElse(null);
                if (unknown != null) {
                    trackers.endOpen(Outcome.API_ERROR, "not watched: project " + unknown + " was not found");
                    break;
                }
                if (settings.maxPolls() > 0 && rounds >= settings.maxPolls()) {
                    trackers.endOpen(Outcome.TIMED_OUT, StopRules.pollLimit(settings.maxPolls()));
                    break;
                }
                if (pacing.expired()) {
                    trackers.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(settings.timeout()));
                    break;
                }
                Instant next = trackers.open().stream().map(t -> due.get(t.projectId()))
                        .min(Instant::compareTo).orElse(now);
                Duration wait = Duration.between(clock.instant(), next);
                pacing.waitFor(wait.isNegative() ? Duration.ZERO : wait, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            trackers.endOpen(Outcome.INTERRUPTED, StopRules.INTERRUPTED);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return trackers.done();
    }

    /** Hands one poll to its project's tracker; returns how long the project wants to wait before the next one. */
    private Duration handle(ProjectTracker tracker, Poll poll, PollPacing pacing) {
        if (poll.error() != null && pacing.expired()) {
            return Duration.ZERO; // cut short by --timeout: the watch timed out, the poll did not fail
        }
        if (poll.error() != null) {
            return tracker.failed(poll.error()) ? pacing.backoff(tracker.errorsInARow(), poll.error()) : Duration.ZERO;
        }
        StepsSnapshot before = tracker.last();
        if (inspector != null && before == null) {
            openTrend(tracker, poll.snapshot());
        }
        tracker.answered(poll.snapshot());
        if (inspector != null) {
            lookAtTroubles(tracker.projectId(), before, poll.snapshot());
        }
        tracker.judge(settings.rules().evaluate(poll.snapshot(), tracker.failedSince()));
        return settings.interval();
    }

    private void openTrend(ProjectTracker tracker, StepsSnapshot first) {
        inspector.openingTrend(first).filter(h -> h.main() != null).ifPresent(h -> {
            List<Long> values = h.main().points().stream().map(p -> Math.round(p.value())).toList();
            boolean lag = "DELAY".equals(h.query().metricType());
            tracker.trend().seed(lag ? values : List.of(), lag ? List.of() : values);
        });
    }

    private void lookAtTroubles(String projectId, StepsSnapshot before, StepsSnapshot now) {
        StallDetector detector = stalls.computeIfAbsent(projectId, id -> new StallDetector(stallAfter));
        for (StallDetector.Trouble t : detector.check(before, now)) {
            inspector.componentsFor(projectId, t.stepName())
                    .ifPresent(c -> listener.onComponents(projectId, t.stepName(), t.reason(), c, clock.instant()));
        }
    }

    private Map<String, Poll> pollAll(List<String> ids, ExecutorService pool) throws InterruptedException {
        Map<String, Poll> out = new LinkedHashMap<>();
        if (pool == null || ids.size() == 1) {
            ids.forEach(id -> out.put(id, poll(id)));
            return out;
        }
        List<Future<Poll>> futures = new ArrayList<>();
        for (String id : ids) {
            Callable<Poll> task = () -> poll(id);
            futures.add(pool.submit(task));
        }
        for (int i = 0; i < ids.size(); i++) {
            try {
                out.put(ids.get(i), futures.get(i).get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a poll crashed", e.getCause());
            }
        }
        return out;
    }

    private Poll poll(String id) {
        try {
            return new Poll(client.describeProjectSteps(id).snapshot(), null);
        } catch (ApiException e) {
            return new Poll(null, e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "omsteps-poll");
            t.setDaemon(true);
            return t;
        };
    }
}
