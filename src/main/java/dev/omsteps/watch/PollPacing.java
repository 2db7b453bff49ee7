package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.http.ThrottleHint;
import dev.omsteps.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The timing every watch shares: a deadline from {@code --timeout}, exponential backoff after errors
 * in a row, and waiting for the next poll in slices of at most a second (so a terminal can count down).
 */
final class PollPacing {

    /** Transient errors back off up to this, whatever the interval. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final Duration interval;
    private final Duration timeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Instant deadline;

    /** Starts the clock on the timeout now. */
    PollPacing(Duration interval, Duration timeout, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.timeout = timeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.deadline = timeout == null ? null : clock.instant().plus(timeout);
    }

    Duration interval() {
        return interval;
    }

    Duration timeout() {
        return timeout;
    }

    boolean expired() {
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    /**
     * interval × 2^(n−1), at least 1 s, at most {@link #MAX_BACKOFF} — but never sooner than the
     * interval itself: an error must not make a slow watch poll faster.
     */
    static Duration backoff(Duration interval, int consecutiveErrors) {
        long base = Math.max(1000, interval.toMillis());
        long ms = base << Math.min(16, consecutiveErrors - 1);
        return Duration.ofMillis(Math.max(interval.toMillis(), Math.min(ms, MAX_BACKOFF.toMillis())));
    }

    /**
     * The backoff after {@code error}, at least as long as the server's throttling hint (its
     * {@code Retry-After} or {@code x-acs-retry-after}, already cut to {@link ThrottleHint#MAX}) —
     * and, like every wait, never past the deadline ({@link #waitFor}).
     */
    Duration backoff(int consecutiveErrors, ApiException error) {
        Duration own = backoff(interval, consecutiveErrors);
        Duration hint = error == null ? null : error.retryAfter();
        return hint != null && hint.compareTo(own) > 0 ? hint : own;
    }

    /** Waits {@code delay}, or until the deadline when that comes first, telling {@code listener} about once a second. */
    void waitFor(Duration delay, WatchListener listener) throws InterruptedException {
        Instant next = clock.instant().plus(delay);
        if (deadline != null && next.isAfter(deadline)) {
            next = deadline;
        }
        while (true) {
            Instant now = clock.instant();
            Duration left = Duration.between(now, next);
            if (left.isNegative() || left.isZero()) {
                return;
            }
            listener.onWaiting(now, next);
            sleeper.sleep(left.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : left);
        }
    }
}
