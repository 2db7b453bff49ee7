package dev.omsteps.api;

import dev.omsteps.time.Sleeper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** The knobs of an API client; time, randomness, nonces and the trace are injected for tests. */
public record ClientOptions(
        Duration connectTimeout,
        Duration readTimeout,
        RetryPolicy retry,
        long maxBodyBytes,
        Clock clock,
        Sleeper sleeper,
        RandomGenerator random,
        Supplier<String> nonces,
        PrintWriter trace,
        java.nio.file.Path caCert,
        dev.omsteps.config.ProxySettings proxy) {

    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.defaults(),
                16L * 1024 * 1024, Clock.systemUTC(), Sleeper.REAL, new java.security.SecureRandom(),
                () -> java.util.UUID.randomUUID().toString(), null, null, null);
    }

    public ClientOptions withTrace(PrintWriter w) {
        return new ClientOptions(connectTimeout, readTimeout, retry, maxBodyBytes, clock, sleeper, random, nonces, w, caCert, proxy);
    }

    public ClientOptions withRetry(RetryPolicy r) {
        return new ClientOptions(connectTimeout, readTimeout, r, maxBodyBytes, clock, sleeper, random, nonces, trace, caCert, proxy);
    }

    public ClientOptions withTime(Clock c, Sleeper s) {
        return new ClientOptions(connectTimeout, readTimeout, retry, maxBodyBytes, c, s, random, nonces, trace, caCert, proxy);
    }

    public ClientOptions withCaCert(java.nio.file.Path pem) {
        return new ClientOptions(connectTimeout, readTimeout, retry, maxBodyBytes, clock, sleeper, random, nonces, trace, pem, proxy);
    }

    /** {@code p} null: a direct connection. */
    public ClientOptions withProxy(dev.omsteps.config.ProxySettings p) {
        return new ClientOptions(connectTimeout, readTimeout, retry, maxBodyBytes, clock, sleeper, random, nonces, trace, caCert, p);
    }
}
