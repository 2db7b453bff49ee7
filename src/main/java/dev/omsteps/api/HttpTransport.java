package dev.omsteps.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import dev.omsteps.config.ProxySettings;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.tls.HandshakeCertificates;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One okhttp client (one connection pool, so a watch reuses its keep-alive connection), the
 * retry loop, and what both API flavours share: capped body reads and network errors as
 * {@link ApiException}s.
 */
final class HttpTransport implements AutoCloseable {

    /** Status and body of an answer that arrived. */
    record Exchange(int status, byte[] body) {
    }

    private final ClientOptions options;
    private final OkHttpClient http;

    /** {@code tls} false (a plain-HTTP endpoint such as the simulator) skips setting up TLS, a costly part of start-up. */
    HttpTransport(ClientOptions options, boolean tls) {
        this.options = options;
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .retryOnConnectionFailure(false); // our RetryPolicy decides, with backoff
        if (!tls) {
            b.connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT));
        } else if (options.caCert() != null) {
            HandshakeCertificates trust = TrustedCertificates.platformPlus(options.caCert());
            b.sslSocketFactory(trust.sslSocketFactory(), trust.trustManager());
        }
        if (options.proxy() != null) {
            ProxySettings p = options.proxy();
            b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
            if (p.hasCredentials()) {
                // okhttp asks before a CONNECT (a preemptive challenge) and on a 407; a 407 to our answer is final
                String basic = Credentials.basic(p.user(), p.password(), StandardCharsets.UTF_8);
                b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null ? null
                        : response.request().newBuilder().header("Proxy-Authorization", basic).build());
            }
        }
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
                if (!e.isTransient() || n >= retry.maxAttempts()) {
                    throw n > 1 ? afterTries(e, n) : e;
                }
                try {
                    options.sleeper().sleep(retry.delayBefore(n + 1, options.random()));
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
        return wrapped;
    }

    /** One HTTP exchange; any answer (even 5xx) comes back, only a missing answer throws. */
    Exchange execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            return new Exchange(response.code(), readCapped(response.body()));
        } catch (SSLException e) {
            ApiException tls = new ApiException(ApiException.Kind.TLS, 0, null,
                    "TLS with " + request.url().host() + " failed: " + describe(e),
                    "if the endpoint uses a private CA or a TLS-inspecting proxy, pass its certificate with --ca-cert FILE", null);
            tls.initCause(e);
            throw tls;
        } catch (InterruptedIOException e) {
            throw network("timed out talking to " + request.url().host(), e);
        } catch (IOException e) {
            throw network("could not talk to " + request.url().host() + ": " + describe(e), e);
        }
    }

    private static ApiException network(String what, IOException cause) {
        ApiException e = new ApiException(ApiException.Kind.NETWORK, 0, null, what,
                "check the endpoint, your network and proxy settings", null);
        e.initCause(cause);
        return e;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private byte[] readCapped(ResponseBody body) throws IOException {
        long max = options.maxBodyBytes();
        if (body.contentLength() > max) {
            throw tooLarge(max);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > max) {
                throw tooLarge(max);
            }
        }
        return buffer.readByteArray();
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(ApiException.Kind.TOO_LARGE, 0, null,
                "the answer is larger than " + max / (1024 * 1024) + " MiB", "check the endpoint", null);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
