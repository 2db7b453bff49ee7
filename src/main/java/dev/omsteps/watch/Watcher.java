package dev.omsteps.watch;

import dev.omsteps.render.HumanUnits;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.Sleeper;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The poll loop: polls every project (concurrently when there are several), reports to a
 * {@link WatchListener}, and stops each project on its {@link StopRules}, a fatal API error,
 * too many transient errors in a row, or the timeout. Time and sleeping are injected.
 */
public final class Watcher {

    /** How to watch. {@code timeout} null means no limit; {@code maxPolls} 0 means no limit. */
    public record Settings(Duration interval, Duration timeout, int maxErrors, StopRules rules, int trendWindow, long maxPolls) {

        public Settings(Duration interval, Duration timeout, int maxErrors, StopRules rules, int trendWindow) {
            this(interval, timeout, maxErrors, rules, trendWindow, 0);
        }
    }

    /** Transient errors back off up to this, whatever the interval. */
    static final Duration MAX_BACKOFF = PollPacing.MAX_BACKOFF;
    private static final int MAX_PARALLEL_POLLS = 8;

    private final OmsClient client;
    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchListener listener;

    public Watcher(OmsClient client, Settings settings, Clock clock, Sleeper sleeper, WatchListener listener) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    private static final class ProjectState {
        StepsSnapshot last;
        int consecutiveErrors;
        final TrendTracker trend;
        Outcome outcome;
        /** When this project is next polled: each project keeps its own pace, so one backing off delays no other. */
        Instant due = Instant.MIN;

        ProjectState(int window) {
            trend = new TrendTracker(window);
        }
    }

    /** One poll's result: a snapshot or the error. */
    private record Poll(StepsSnapshot snapshot, ApiException error) {
    }

    public Outcome run(List<String> projectIds) {
        Map<String, ProjectState> states = new LinkedHashMap<>();
        projectIds.forEach(id -> states.put(id, new ProjectState(settings.trendWindow())));
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
                List<String> due = states.entrySet().stream()
                        .filter(e -> e.getValue().outcome == null && (lastChance || !e.getValue().due.isAfter(now)))
                        .map(Map.Entry::getKey).toList();
                Map<String, Poll> polls = pollAll(due, pool);
                for (String id : due) {
                    ProjectState state = states.get(id);
                    state.due = now.plus(handle(id, state, polls.get(id)));
                }
                if (states.values().stream().allMatch(s -> s.outcome != null)) {
                    break;
                }
                // 'watch good typo': a project that does not exist is a mistake in the command, not worth hours of watching the rest
                String unknown = due.stream().filter(id -> states.get(id).last == null && polls.get(id).error() != null
                        && polls.get(id).error().kind() == ApiException.Kind.NOT_FOUND).findFirst().orElse(null);
                if (unknown != null) {
                    states.forEach((id, s) -> {
                        if (s.outcome == null) {
                            finish(id, s, Outcome.API_ERROR, "not watched: project " + unknown + " was not found");
                        }
                    });
                    break;
                }
                if (settings.maxPolls() > 0 && rounds >= settings.maxPolls()) {
                    states.forEach((id, s) -> {
                        if (s.outcome == null) {
                            finish(id, s, Outcome.TIMED_OUT, "stopped after " + settings.maxPolls() + " polls");
                        }
                    });
                    break;
                }
                if (pacing.expired()) {
                    states.forEach((id, s) -> {
                        if (s.outcome == null) {
                            finish(id, s, Outcome.TIMED_OUT, "timed out after " + HumanUnits.duration(settings.timeout()));
                        }
                    });
                    break;
                }
                Instant next = states.values().stream().filter(st -> st.outcome == null).map(st -> st.due)
                        .min(Instant::compareTo).orElse(now);
                Duration wait = Duration.between(clock.instant(), next);
                pacing.waitFor(wait.isNegative() ? Duration.ZERO : wait, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            states.forEach((id, s) -> {
                if (s.outcome == null) {
                    finish(id, s, Outcome.INTERRUPTED, "interrupted");
                }
            });
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Map<String, Outcome> per = new LinkedHashMap<>();
        states.forEach((id, s) -> per.put(id, s.outcome));
        Outcome overall = Outcome.worst(per.values());
        listener.onDone(overall, per, clock.instant());
        return overall;
    }

    /** Handles one poll; returns how long this project wants to wait before the next one. */
    private Duration handle(String id, ProjectState state, Poll poll) {
        if (poll.error() != null) {
            ApiException e = poll.error();
            state.consecutiveErrors++;
            boolean retry = e.isTransient() && state.consecutiveErrors < settings.maxErrors();
            listener.onPollError(id, e, state.consecutiveErrors, retry, clock.instant());
            if (!retry) {
                finish(id, state, Outcome.API_ERROR, e.getMessage());
                return Duration.ZERO;
            }
            return backoff(state.consecutiveErrors);
        }
        state.consecutiveErrors = 0;
        StepsSnapshot snap = poll.snapshot();
        List<StepChange> changes = state.last == null ? List.of() : SnapshotDiff.between(state.last, snap);
        state.trend.add(snap);
        state.last = snap;
        listener.onSnapshot(id, snap, changes, state.trend);
        settings.rules().evaluate(snap).ifPresent(o -> finish(id, state, o, settings.rules().reason(o, snap)));
        return settings.interval();
    }

    private void finish(String id, ProjectState state, Outcome outcome, String reason) {
        state.outcome = outcome;
        listener.onProjectDone(id, outcome, reason, clock.instant());
    }

    /** interval × 2^(n−1), at least 1 s, at most {@link #MAX_BACKOFF}. */
    Duration backoff(int consecutiveErrors) {
        return PollPacing.backoff(settings.interval(), consecutiveErrors);
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
