package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.time.Sleeper;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The events waiting for one target, delivered in order by a thread of its own so that a slow or
 * failing target never holds up a poll: {@link #offer} never blocks (a full outbox drops the event,
 * and says so once). Each event is tried up to {@code attempts} times, waiting {@code firstBackoff},
 * then twice that, and so on between tries.
 */
final class Outbox {

    /** One queued event: the document and its ndjson line. */
    private record Item(JsonNode event, String line) {
    }

    private static final Item STOP = new Item(null, null);

    private final NotifyTarget target;
    private final Sender sender;
    private final Sleeper sleeper;
    private final int attempts;
    private final Duration firstBackoff;
    private final Consumer<String> warn;
    private final BlockingQueue<Item> queue;
    private final Thread worker;
    private volatile boolean droppedSaid;
    private volatile int delivered;

    Outbox(NotifyTarget target, Sender sender, Sleeper sleeper, int attempts, Duration firstBackoff, int capacity,
           Consumer<String> warn) {
        this.target = target;
        this.sender = sender;
        this.sleeper = sleeper;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.warn = warn;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.worker = new Thread(this::deliverAll, "omsteps-notify");
        worker.setDaemon(true);
        worker.start();
    }

    void offer(JsonNode event, String line) {
        if (queue.remainingCapacity() <= 1 || !queue.offer(new Item(event, line))) {
            if (!droppedSaid) {
                droppedSaid = true;
                warn.accept("notifications to " + target + " are falling behind; some were dropped");
            }
        }
    }

    /** Events delivered so far. */
    int delivered() {
        return delivered;
    }

    /** No more events; waits up to {@code wait} for those queued to go out. */
    void close(Duration wait) throws InterruptedException {
        queue.offer(STOP);
        worker.join(Math.max(1, wait.toMillis()));
        if (worker.isAlive()) {
            worker.interrupt();
            warn.accept("notifications to " + target + " still unsent after " + wait.toSeconds() + "s were given up");
        }
    }

    private void deliverAll() {
        try {
            while (true) {
                Item item = queue.poll(1, TimeUnit.HOURS);
                if (item == STOP) {
                    return;
                }
                if (item != null) {
                    deliver(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Item item) throws InterruptedException {
        Duration backoff = firstBackoff;
        for (int n = 1; ; n++) {
            try {
                sender.send(target, item.event(), item.line());
                delivered++;
                return;
            } catch (Sender.DeliveryFailure f) {
                if (!f.retryable() || n >= attempts) {
                    warn.accept("notification to " + target + " failed" + (n > 1 ? " after " + n + " tries" : "")
                            + ": " + f.getMessage());
                    return;
                }
            }
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }
}
