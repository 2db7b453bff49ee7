package dev.omsteps.credentials;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import dev.omsteps.http.BoundedBody;
import dev.omsteps.http.Network;
import dev.omsteps.http.Redirect;
import dev.omsteps.http.SafeHttp;
import dev.omsteps.http.TlsFailure;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The HTTP exchanges of the credential sources (STS, the ECS metadata service, a credentials URI) on the
 * project's okhttp. Its client is built on first use: a command with an AccessKey never pays for it.
 * STS and a credentials URI go through the proxy the API would use for their URL, trusting the same extra CAs
 * ({@code --ca-cert}, e.g. a TLS-inspecting proxy's); the ECS metadata service
 * never does (it is on the instance's own link, and a proxy would answer for some other machine). A one-off
 * command's deadline bounds every fetch, so credentials that hang cannot outlast the command's budget.
 */
public final class CredentialsHttp implements AutoCloseable {

    /** Status and body of an answer that arrived. */
    public record Answer(int status, String body) {
    }

    private static final int MAX_BODY = 256 * 1024;

    /** A fetch of credentials has this long in all, however slowly the service drips its answer. */
    public static final Duration TOTAL = Duration.ofSeconds(20);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration total;
    private final Network network;
    private final Clock clock;
    private final Instant deadline;
    private OkHttpClient tlsClient;
    private OkHttpClient plainClient;

    public CredentialsHttp(Duration connectTimeout, Duration readTimeout, Duration total) {
        this(connectTimeout, readTimeout, total, Network.DIRECT, Clock.systemUTC(), null);
    }

    /** {@code deadline} (null: none) ends every fetch, whatever is left of {@code total}. */
    public CredentialsHttp(Duration connectTimeout, Duration readTimeout, Duration total, Network network, Clock clock,
                           Instant deadline) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.total = total;
        this.network = network;
        this.clock = clock;
        this.deadline = deadline;
    }

    public static CredentialsHttp defaults() {
        return defaults(Network.DIRECT, Clock.systemUTC(), null);
    }

    public static CredentialsHttp defaults(Network network, Clock clock, Instant deadline) {
        return new CredentialsHttp(Duration.ofSeconds(5), Duration.ofSeconds(10), TOTAL, network, clock, deadline);
    }

    /**
     * Two clients, each made when first needed: the metadata service and test servers speak plain HTTP, and a
     * client that may do TLS sets it up first, a cost of seconds on a machine short of entropy.
     */
    private synchronized OkHttpClient client(boolean tls) {
        if (tls && tlsClient == null) {
            tlsClient = SafeHttp.builder(connectTimeout, readTimeout, total, network, true).build();
        } else if (!tls && plainClient == null) {
            plainClient = SafeHttp.builder(connectTimeout, readTimeout, total, network, false).build();
        }
        return tls ? tlsClient : plainClient;
    }

    /** One exchange through the proxy for its URL; any answer comes back, a missing one is {@link CredentialsException.Kind#UNAVAILABLE}. */
    Answer send(Request request, String what) {
        return send(request, what, true);
    }

    /** As {@link #send(Request, String)}, never through a proxy: for the ECS metadata service. */
    Answer sendDirect(Request request, String what) {
        return send(request, what, false);
    }

    private Answer send(Request request, String what, boolean proxied) {
        Duration limit = total;
        if (deadline != null) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw unreachable(what, "timed out: the command's time was up before asking", request);
            }
            limit = left.compareTo(limit) < 0 ? left : limit;
        }
        OkHttpClient http = client(request.isHttps());
        if (!proxied) {
            http = http.newBuilder().proxy(Proxy.NO_PROXY).build(); // shares the pool and threads
        }
        Call call = http.newCall(request);
        call.timeout().timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (Redirect.is(response.code())) {
                // never followed: the signed request (or the metadata token) would go along to whoever it names
                throw new CredentialsException(CredentialsException.Kind.REFUSED,
                        what + " answered with a " + Redirect.describe(response) + "; omsteps does not follow redirects",
                        "check the endpoint override (" + CredentialEnv.STS_ENDPOINT + ", " + CredentialEnv.ECS_METADATA_ENDPOINT
                                + ", " + CredentialEnv.CREDENTIALS_URI + ")");
            }
            return new Answer(response.code(), new String(BoundedBody.read(response.body(), MAX_BODY), StandardCharsets.UTF_8));
        } catch (BoundedBody.TooLarge e) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                    what + " answered with more than " + BoundedBody.size(MAX_BODY), "check the endpoint");
        } catch (InterruptedIOException e) {
            throw unreachable(what, "timed out", request);
        } catch (SSLException e) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE, "TLS with " + what + " at " + request.url().host()
                    + ":" + request.url().port() + " failed: " + TlsFailure.describe(e), TlsFailure.hint(e));
        } catch (IOException e) {
            throw unreachable(what, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), request);
        }
    }

    private static CredentialsException unreachable(String what, String why, Request request) {
        return new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                "could not reach " + what + " at " + request.url().host() + ":" + request.url().port() + ": " + why,
                "check the network, or the endpoint override (" + CredentialEnv.STS_ENDPOINT + ", " + CredentialEnv.ECS_METADATA_ENDPOINT + ")");
    }

    @Override
    public synchronized void close() {
        for (OkHttpClient c : new OkHttpClient[] {tlsClient, plainClient}) {
            if (c != null) {
                c.dispatcher().executorService().shutdown();
                c.connectionPool().evictAll();
            }
        }
    }
}
