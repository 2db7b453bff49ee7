package dev.omsteps.api;

import dev.omsteps.http.BoundedBody;
import dev.omsteps.http.Redirect;
import dev.omsteps.http.SafeHttp;
import dev.omsteps.http.ThrottleHint;
import dev.omsteps.http.TlsFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One okhttp client (one connection pool, so a watch reuses its keep-alive connection), the
 * retry loop, and what both API flavours share: every request goes through {@link #execute}, which
 * never follows a redirect (the credentials would go along), bounds the whole exchange in time
 * ({@link ClientOptions#callTimeout()}, cut short at {@link ClientOptions#deadline()}) and the body in
 * size, retries once on a new connection when a pooled one turns out closed, and turns every network
 * failure into an {@link ApiException}.
 */
final class HttpTransport implements AutoCloseable {

    /** Status and body of an answer that arrived, and how long it asked us to wait before the next request (or null). */
    record Exchange(int status, byte[] body, Duration retryAfter) {
    }

    private final ClientOptions options;
    private final OkHttpClient http;

    /** {@code tls} false: a plain-HTTP endpoint such as the simulator (see {@link SafeHttp#builder}). */
    HttpTransport(ClientOptions options, boolean tls) {
        this.options = options;
        OkHttpClient.Builder b = SafeHttp.builder(options.connectTimeout(), options.readTimeout(), options.callTimeout(), options.network(), tls)
                .socketFactory(new HandshakeTimeoutSockets((int) options.connectTimeout().toMillis()))
                .eventListener(CallPhases.LISTENER); // our RetryPolicy decides on retries, with backoff
        if (options.trace() != null) {
            b.addNetworkInterceptor(new HttpTrace(options.trace()));
        }
        this.http = b.build();
    }

    ClientOptions options() {
        return options;
    }

    /** Runs {@code attempt} until it succeeds, fails for good, or the tries run out. */
    <T> T withRetries(Supplier<T> attempt) {
        RetryPolicy retry = options.retry();
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (ApiException e) {
                Duration delay = retry.delayBefore(n + 1, options.random());
                if (e.retryAfter() != null && e.retryAfter().compareTo(delay) > 0) {
                    delay = e.retryAfter(); // the server's throttling hint is a floor (cut to ThrottleHint.MAX)
                }
                Duration left = timeLeft();
                if (!e.isTransient() || n >= retry.maxAttempts() || left != null && left.compareTo(delay) <= 0) {
                    throw n > 1 ? afterTries(e, n) : e;
                }
                try {
                    options.sleeper().sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static ApiException afterTries(ApiException e, int tries) {
        ApiException wrapped = new ApiException(e.kind(), e.httpStatus(), e.code(),
                e.getMessage() + " (after " + tries + " tries)", e.hint(), e.requestId());
        wrapped.initCause(e);
        return wrapped.withRetryAfter(e.retryAfter());
    }

    /** Until the deadline, or null when there is none. */
    private Duration timeLeft() {
        Instant end = options.deadline();
        return end == null ? null : Duration.between(options.clock().instant(), end);
    }

    /**
     * One HTTP exchange; any answer but a redirect (even 5xx) comes back, only a missing answer throws.
     * A request that went out on a pooled connection the server had closed meanwhile (a gateway's idle
     * timeout, an HTTP/1.0 server) is sent once more on a new connection, unseen by the caller.
     */
    Exchange execute(Request request) {
        CallPhases phases = new CallPhases();
        try {
            return exchange(request, phases);
        } catch (IOException e) {
            if (!phases.failedOnStaleConnection() || e instanceof InterruptedIOException || e instanceof SSLException) {
                throw failure(request, phases, e);
            }
            http.connectionPool().evictAll();
            CallPhases again = new CallPhases();
            try {
                return exchange(request, again);
            } catch (IOException e2) {
                throw failure(request, again, e2);
            }
        }
    }

    private Exchange exchange(Request request, CallPhases phases) throws IOException {
        Duration limit = options.callTimeout();
        Duration left = timeLeft();
        if (left != null && left.compareTo(limit) < 0) {
            if (left.isNegative() || left.isZero()) {
                throw network("timed out: the deadline had passed before talking to " + request.url().host(), null);
            }
            limit = left;
        }
        Call call = http.newCall(request.newBuilder().tag(CallPhases.class, phases).build());
        call.timeout().timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (Redirect.is(response.code())) {
                throw redirected(response);
            }
            Duration hint = ThrottleHint.of(response.headers(), options.clock());
            try {
                return new Exchange(response.code(), BoundedBody.read(response.body(), options.maxBodyBytes()), hint);
            } catch (BoundedBody.TooLarge e) {
                throw new ApiException(ApiException.Kind.TOO_LARGE, 0, null, e.getMessage(), "check the endpoint", null);
            }
        }
    }

    /** The API never redirects: a 3xx is someone else answering, and following it would hand them the credentials. */
    private static ApiException redirected(Response response) {
        return new ApiException(ApiException.Kind.REDIRECT, response.code(), null,
                "the endpoint answered with a " + Redirect.describe(response) + "; omsteps does not follow redirects",
                "check --endpoint (or --oms-url): give the API's own URL, not one that forwards", null);
    }

    private ApiException failure(Request request, CallPhases phases, IOException e) {
        String host = request.url().host();
        if (e instanceof SSLException tls) {
            String why = TlsFailure.nameMismatch(tls) ? "the server's certificate is not for the name " + host : describe(e);
            return withCause(new ApiException(ApiException.Kind.TLS, 0, null, "TLS with " + host + " failed: " + why,
                    TlsFailure.hint(tls), null), e);
        }
        if (e instanceof InterruptedIOException) {
            if (phases.inHandshake()) {
                return withCause(new ApiException(ApiException.Kind.TLS, 0, null,
                        "TLS with " + host + " got no answer within " + options.connectTimeout().toSeconds() + " s",
                        "is it a plain-HTTP port? then use an http:// URL", null), e);
            }
            return network("timed out talking to " + host, e);
        }
        if (e instanceof UnknownHostException) {
            return network("could not talk to " + host + ": the host name is not known", e);
        }
        return network("could not talk to " + host + ": " + describe(e), e);
    }

    private static ApiException withCause(ApiException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    private static ApiException network(String what, IOException cause) {
        ApiException e = new ApiException(ApiException.Kind.NETWORK, 0, null, what,
                "check the endpoint, your network and proxy settings", null);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        // stops calls still in flight on other threads too (a dashboard's pages), e.g. when stdout went away
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
