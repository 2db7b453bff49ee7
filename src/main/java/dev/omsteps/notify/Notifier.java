package dev.omsteps.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.http.Network;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.time.Sleeper;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import dev.omsteps.watch.view.EventJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows a watch and sends what people want to hear of — a project failed, suspended, ready for switchover or
 * done (each once, when its watch ends), a lag or stall alert fired, or recovered from — to each {@code --notify} target, as the same event documents
 * {@code -o ndjson} prints. Delivery happens off the poll loop ({@link Outbox}); {@link #close} gives
 * the last events a bounded time to go out when the watch ends.
 */
public final class Notifier implements WatchListener, AutoCloseable {

    /** How delivery behaves; {@link #defaults()} are what the CLI uses. */
    public record Settings(int attempts, Duration firstBackoff, Duration timeout, int capacity, Duration drainWait) {
        public static Settings defaults() {
            return new Settings(4, Duration.ofSeconds(1), Duration.ofSeconds(10), 1000, Duration.ofSeconds(30));
        }
    }

    /** Outcomes worth telling someone about; the others (timeout, Ctrl-C, API errors) are the watcher's own business. */
    private static final Set<Outcome> NOTABLE = Set.of(Outcome.FAILED, Outcome.SUSPENDED, Outcome.READY_FOR_SWITCHOVER,
            Outcome.DONE);

    private final EventJson events = new EventJson();
    private final List<Outbox> outboxes = new ArrayList<>();
    private final boolean quietOnFirstSight;
    private final Duration drainWait;
    private final Map<String, Integer> polls = new HashMap<>();

    /**
     * @param quietOnFirstSight true for {@code watch --all}: a project already failed or done when first
     *                          listed is not news, and a fleet must not send one message per old project
     * @param warn              says a failed delivery (one line, no secret) on stderr
     */
    public Notifier(List<NotifyTarget> targets, Settings settings, boolean quietOnFirstSight, Clock clock, Sleeper sleeper,
                    Consumer<String> warn) {
        this(targets, settings, quietOnFirstSight, clock, sleeper, warn, Network.DIRECT);
    }

    /** As above, webhooks posted as {@code network} says (proxies, extra trusted CAs). */
    public Notifier(List<NotifyTarget> targets, Settings settings, boolean quietOnFirstSight, Clock clock, Sleeper sleeper,
                    Consumer<String> warn, Network network) {
        this.quietOnFirstSight = quietOnFirstSight;
        this.drainWait = settings.drainWait();
        HttpSender http = new HttpSender(settings.timeout(), clock, network);
        ExecSender exec = new ExecSender(settings.timeout());
        for (NotifyTarget t : targets) {
            outboxes.add(new Outbox(t, t.kind() == NotifyTarget.Kind.EXEC ? exec : http, sleeper, settings.attempts(),
                    settings.firstBackoff(), settings.capacity(), warn));
        }
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        polls.merge(projectId, 1, Integer::sum);
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        if (!NOTABLE.contains(outcome) || quietOnFirstSight && polls.getOrDefault(projectId, 0) <= 1) {
            return;
        }
        send(events.projectDone(projectId, outcome, reason, at));
    }

    @Override
    public void onAlert(AlertEvent alert) {
        send(events.alert(alert));
    }

    private void send(ObjectNode event) {
        String line = events.line(event);
        outboxes.forEach(o -> o.offer(event, line));
    }

    /** Events delivered so far, over all targets. */
    public int delivered() {
        return outboxes.stream().mapToInt(Outbox::delivered).sum();
    }

    /** Waits (a bounded time) for queued events to go out. */
    @Override
    public void close() {
        // a real wait for real delivery threads, so real (monotonic) time, not the watch's clock
        long deadline = System.nanoTime() + drainWait.toNanos();
        try {
            for (Outbox o : outboxes) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                o.close(left.isNegative() ? Duration.ZERO : left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
