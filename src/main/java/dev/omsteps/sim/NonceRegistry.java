package dev.omsteps.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Nonces seen per AccessKey. A nonce only has to be remembered as long as its timestamp would be accepted,
 * so entries older than the allowed skew window are forgotten; memory stays bounded in a long soak.
 */
final class NonceRegistry {

    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration keep;

    NonceRegistry(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** True the first time this key and nonce are seen. */
    boolean firstUse(String accessKeyId, String nonce) {
        Instant now = clock.instant();
        if (seen.size() > 10_000) {
            Instant cutoff = now.minus(keep.multipliedBy(2));
            seen.values().removeIf(t -> t.isBefore(cutoff));
        }
        return seen.putIfAbsent(accessKeyId + '\n' + nonce, now) == null;
    }
}
