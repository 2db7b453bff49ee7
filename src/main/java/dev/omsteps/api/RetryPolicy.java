package dev.omsteps.api;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: the wait before try n+1 is uniform in
 * [0, min(maxDelay, baseDelay × 2^(n-1))], so clients that failed together do not retry together.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(300), Duration.ofSeconds(5));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public Duration delayBefore(int nextAttempt, RandomGenerator random) {
        int exponent = Math.min(20, Math.max(0, nextAttempt - 2));
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << exponent);
        return Duration.ofMillis(cap <= 0 ? 0 : random.nextLong(cap + 1));
    }
}
