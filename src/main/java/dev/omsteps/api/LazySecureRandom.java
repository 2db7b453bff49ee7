package dev.omsteps.api;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * A {@link SecureRandom} made on first use: seeding one looks up the security providers and reads
 * the system's entropy source, and most runs never retry, so never need the jitter it draws.
 */
final class LazySecureRandom implements RandomGenerator {

    private SecureRandom random;

    private synchronized SecureRandom random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    @Override
    public long nextLong() {
        return random().nextLong();
    }

    @Override
    public long nextLong(long bound) {
        return random().nextLong(bound);
    }

    @Override
    public double nextDouble() {
        return random().nextDouble();
    }

    @Override
    public int nextInt(int bound) {
        return random().nextInt(bound);
    }
}
