package dev.omsteps.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one way omsteps builds an HTTP client, for the API, the credential sources and webhooks alike:
 * redirects are never followed (a signed request, an STS token or a webhook's token would go along to
 * whoever a 3xx names, https→http included), okhttp's own silent retries are off (each caller decides,
 * with backoff), and every exchange has a total deadline however slowly a server drips its answer.
 */
public final class SafeHttp {

    private SafeHttp() {
    }

    /** {@code connect} per connection, {@code read} per silence between bytes, {@code total} per exchange. */
    public static OkHttpClient.Builder builder(Duration connect, Duration read, Duration total) {
        return new OkHttpClient.Builder()
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .callTimeout(total)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false);
    }
}
