package dev.omsteps.sim;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Decides, answer by answer, whether to serve a fault and which one: with probability {@code rate}, uniformly among
 * the kinds. One seeded {@link Random} drawn in request order, so a seed replays the same sequence of faults.
 */
public final class FaultInjector {

    private static final Fault[] KINDS = Fault.values();

    private final double rate;
    private final Random random;
    private final AtomicLongArray served = new AtomicLongArray(KINDS.length);

    public FaultInjector(double rate, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("the fault rate must be between 0 and 1, not " + rate);
        }
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** The fault to serve for the next answer, counted as served; empty for a normal answer. */
    public synchronized Optional<Fault> next() {
        if (rate == 0 || random.nextDouble() >= rate) {
            return Optional.empty();
        }
        Fault f = KINDS[random.nextInt(KINDS.length)];
        served.incrementAndGet(f.ordinal());
        return Optional.of(f);
    }

    /** How long a {@link Fault#SLOW} answer waits: bounded so that clients with a normal read timeout still get it. */
    public synchronized Duration slowDelay() {
        return Duration.ofMillis(100 + random.nextInt(301));
    }

    /** Which transient application error an {@link Fault#APPLICATION_ERROR} answer carries, 0..{@code kinds - 1}. */
    public synchronized int applicationError(int kinds) {
        return random.nextInt(kinds);
    }

    public Map<Fault, Long> counts() {
        Map<Fault, Long> m = new EnumMap<>(Fault.class);
        for (Fault f : KINDS) {
            m.put(f, served.get(f.ordinal()));
        }
        return Collections.unmodifiableMap(m);
    }

    public long total() {
        long n = 0;
        for (int i = 0; i < KINDS.length; i++) {
            n += served.get(i);
        }
        return n;
    }
}
