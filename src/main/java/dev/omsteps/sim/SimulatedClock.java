package dev.omsteps.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Time in the simulation: starts at the base clock's instant when created and runs {@code speed} times as fast.
 * A test drives it by moving a fake base clock; a demo can hand it to the CLI so both see the same time.
 */
public final class SimulatedClock extends Clock {

    private final Clock base;
    private final double speed;
    private final Instant origin;
    private final ZoneId zone;

    public SimulatedClock(Clock base, double speed) {
        this(base, speed, base.instant(), ZoneOffset.UTC);
    }

    private SimulatedClock(Clock base, double speed, Instant origin, ZoneId zone) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.base = base;
        this.speed = speed;
        this.origin = origin;
        this.zone = zone;
    }

    /** The simulated instant at which the simulation started (the base clock's instant then). */
    public Instant origin() {
        return origin;
    }

    public double speed() {
        return speed;
    }

    /** Simulated time since the start; never negative, even if the base clock is set back. */
    public Duration elapsed() {
        long realMillis = Math.max(0, Duration.between(origin, base.instant()).toMillis());
        return Duration.ofMillis(Math.round(realMillis * speed));
    }

    /** Real time it takes for {@code simulated} time to pass at this speed. */
    public Duration realTimeFor(Duration simulated) {
        return Duration.ofMillis((long) Math.ceil(simulated.toMillis() / speed));
    }

    @Override
    public Instant instant() {
        return origin.plus(elapsed());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new SimulatedClock(base, speed, origin, z);
    }
}
