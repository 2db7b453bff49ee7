package dev.omsteps.credentials;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import dev.omsteps.http.BoundedBody;
import dev.omsteps.http.Redirect;
import dev.omsteps.http.SafeHttp;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The HTTP exchanges of the credential sources (STS, the ECS metadata service, a credentials URI) on the
 * project's okhttp. Its client is built on first use: a command with an AccessKey never pays for it.
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
    private OkHttpClient tlsClient;
    private OkHttpClient plainClient;

    public CredentialsHttp(Duration connectTimeout, Duration readTimeout, Duration total) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.total = total;
    }

    public static CredentialsHttp defaults() {
        return new CredentialsHttp(Duration.ofSeconds(5), Duration.ofSeconds(10), TOTAL);
    }

    /**
     * Two clients, each made when first needed: the metadata service and test servers speak plain HTTP, and a
     * client that may do TLS sets it up first, a cost of seconds on a machine short of entropy.
     */
    private synchronized OkHttpClient client(boolean tls) {
        if (tls && tlsClient == null) {
            tlsClient = builder().build();
        } else if (!tls && plainClient == null) {
            plainClient = builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
        }
        return tls ? tlsClient : plainClient;
    }

    private OkHttpClient.Builder builder() {
        return SafeHttp.builder(connectTimeout, readTimeout, total);
    }

    /** One exchange; any answer comes back, a missing one is {@link CredentialsException.Kind#UNAVAILABLE}. */
    Answer send(Request request, String what) {
        try (Response response = client(request.isHttps()).newCall(request).execute()) {
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
