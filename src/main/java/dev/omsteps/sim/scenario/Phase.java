package dev.omsteps.sim.scenario;

import java.time.Duration;

/** When a step runs on the simulated timeline: from {@code start}, for {@code length}. */
record Phase(Duration start, Duration length) {

    static Phase of(Duration start, Duration length) {
        return new Phase(start, length);
    }

    static Phase after(Phase previous, Duration length) {
        return new Phase(previous.end(), length);
    }

    Duration end() {
        return start.plus(length);
    }

    boolean notStarted(Duration t) {
        return t.compareTo(start) < 0;
    }

    boolean done(Duration t) {
        return t.compareTo(end()) >= 0;
    }

    /** How far through the phase {@code t} is, 0..1. */
    double fraction(Duration t) {
        if (notStarted(t)) {
            return 0;
        }
        if (done(t) || length.isZero()) {
            return 1;
        }
        return (double) t.minus(start).toMillis() / length.toMillis();
    }
}
