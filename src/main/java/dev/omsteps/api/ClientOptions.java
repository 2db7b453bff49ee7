package dev.omsteps.api;

import dev.omsteps.http.Network;
import dev.omsteps.time.Sleeper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The knobs of an API client; time, randomness, nonces and the trace are injected for tests.
 * {@code connectTimeout} bounds the TCP connect and, separately, the TLS handshake; {@code readTimeout} a silence
 * between bytes; {@code callTimeout} one request in all, however slowly a server drips; {@code deadline}, when
 * set, the end of all calls (retries included): a request in flight then is cancelled.
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Instant deadline,
        RetryPolicy retry,
        long maxBodyBytes,
        Clock clock,
        Sleeper sleeper,
        RandomGenerator random,
        Supplier<String> nonces,
        PrintWriter trace,
        Network network) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** What a one-off command (steps, projects) has in all, retries included. */
    public static final Duration COMMAND_BUDGET = Duration.ofSeconds(60);
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    public static ClientOptions defaults() {
        return new ClientOptions(CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT, null, RetryPolicy.defaults(),
                MAX_BODY_BYTES, Clock.systemUTC(), Sleeper.REAL, new LazySecureRandom(),
                () -> java.util.UUID.randomUUID().toString(), null, Network.DIRECT);
    }

    public ClientOptions withTrace(PrintWriter w) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, deadline, retry, maxBodyBytes, clock, sleeper, random, nonces, w, network);
    }

    public ClientOptions withRetry(RetryPolicy r) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, deadline, r, maxBodyBytes, clock, sleeper, random, nonces, trace, network);
    }

    public ClientOptions withTime(Clock c, Sleeper s) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, deadline, retry, maxBodyBytes, c, s, random, nonces, trace, network);
    }


    /** No call goes on past {@code end} (null: no such limit). */
    public ClientOptions withDeadline(Instant end) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, end, retry, maxBodyBytes, clock, sleeper, random, nonces, trace, network);
    }

    public ClientOptions withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientOptions(connect, read, call, deadline, retry, maxBodyBytes, clock, sleeper, random, nonces, trace, network);
    }

    public ClientOptions withMaxBodyBytes(long max) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, deadline, retry, max, clock, sleeper, random, nonces, trace, network);
    }

    /** The proxies and extra trusted certificates every client of the command shares. */
    public ClientOptions withNetwork(Network n) {
        return new ClientOptions(connectTimeout, readTimeout, callTimeout, deadline, retry, maxBodyBytes, clock, sleeper, random, nonces, trace, n);
    }
}
