package dev.omsteps.sim;

import dev.omsteps.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Simulated time that moves only when a watch waits: a wait of {@code d} (through {@link #sleeper()}) really sleeps
 * {@code d / speed} and then moves the clock by {@code d}. The demo hands this one clock to the simulator and to the
 * watch, so every time it prints and every time in an answer come from it, and no simulated time passes during a
 * poll: an answer is stamped as fetched at the very moment the simulator answered it, never before its own times.
 */
public final class SteppedClock extends Clock {

    private final AtomicReference<Instant> now;
    private final double speed;
    private final Sleeper real;
    /** Real time owed but not yet slept: a watch waits in short steps, each often under the millisecond a real sleep can do. */
    private long owedNanos;

    public SteppedClock(Instant start, double speed, Sleeper real) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.now = new AtomicReference<>(start);
        this.speed = speed;
        this.real = real;
    }

    /** Waits {@code d / speed} of real time, then moves simulated time by {@code d}. */
    public Sleeper sleeper() {
        return this::sleep;
    }

    private synchronized void sleep(Duration d) throws InterruptedException {
        owedNanos += Math.round(d.toNanos() / speed);
        long wholeMillis = owedNanos / 1_000_000;
        if (wholeMillis > 0) {
            owedNanos -= wholeMillis * 1_000_000;
            real.sleep(Duration.ofMillis(wholeMillis));
        }
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
