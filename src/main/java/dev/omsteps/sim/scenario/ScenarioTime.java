package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A moment of a simulation: when it started (simulated instant), how much simulated time has passed,
 * the seed that makes jitter reproducible, and which switchovers people have started.
 */
public record ScenarioTime(Instant origin, Duration elapsed, long seed, Switchovers switchovers) {

    public ScenarioTime {
        switchovers = switchovers == null ? Switchovers.NEVER : switchovers;
    }

    /** A moment at which nobody has started any switchover. */
    public ScenarioTime(Instant origin, Duration elapsed, long seed) {
        this(origin, elapsed, seed, Switchovers.NEVER);
    }

    /** OMS's step time format: UTC without a zone suffix. */
    private static final DateTimeFormatter OMS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    public Instant now() {
        return origin.plus(elapsed);
    }

    /** The same simulation at another moment, no later than this one: for figures frozen when a step ended. */
    public ScenarioTime frozenAt(Duration moment) {
        return moment.compareTo(elapsed) >= 0 ? this : new ScenarioTime(origin, moment, seed, switchovers);
    }

    public long nowEpochSecond() {
        return now().getEpochSecond();
    }

    public String format(Instant t) {
        return OMS_TIME.format(t);
    }

    /** An offset from the start of the simulation, formatted as OMS does. */
    public String at(Duration offset) {
        return format(origin.plus(offset));
    }

    /**
     * A factor in [1 - amplitude, 1 + amplitude] that depends only on the seed, a salt and the simulated
     * second (or window): the same moment always shows the same figures, so repeated polls agree.
     */
    public double jitter(long salt, double amplitude, Duration window) {
        long slot = elapsed.toMillis() / Math.max(1, window.toMillis());
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + slot);
        return 1 + r.nextDouble(-amplitude, amplitude);
    }
}
