package dev.omsteps.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * The one way omsteps builds an HTTP client, for the API, the credential sources and webhooks alike:
 * redirects are never followed (a signed request, an STS token or a webhook's token would go along to
 * whoever a 3xx names, https→http included), okhttp's own silent retries are off (each caller decides,
 * with backoff), every exchange has a total deadline however slowly a server drips its answer, and the
 * proxy is chosen per URL by one set of rules ({@code --proxy}, {@code HTTPS_PROXY}, {@code NO_PROXY}, …), and a
 * TLS client trusts the {@link Network}'s extra certificate authorities ({@code --ca-cert}).
 */
public final class SafeHttp {

    private SafeHttp() {
    }

    /**
     * {@code connect} per connection, {@code read} per silence between bytes, {@code total} per exchange.
     * {@code tls} false makes a plain-HTTP-only client (the ECS metadata service, a loopback simulator): it skips
     * setting up TLS, a costly part of start-up.
     */
    public static OkHttpClient.Builder builder(Duration connect, Duration read, Duration total, Network network, boolean tls) {
        OkHttpClient.Builder b = base(connect, read, total, network.proxies());
        if (!tls) {
            b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        } else if (network.trust() != null) {
            b.sslSocketFactory(network.trust().sslSocketFactory(), network.trust().trustManager());
        }
        return b;
    }

    private static OkHttpClient.Builder base(Duration connect, Duration read, Duration total, ProxyRoutes proxies) {
        return new OkHttpClient.Builder()
                .proxySelector(selector(proxies))
                // okhttp asks before a CONNECT (a preemptive challenge) and on a 407; a 407 to our answer is final
                .proxyAuthenticator((route, response) -> {
                    HttpProxy p = proxies.forUrl(response.request().url().uri());
                    if (p == null || !p.hasCredentials() || response.request().header("Proxy-Authorization") != null) {
                        return null;
                    }
                    return response.request().newBuilder()
                            .header("Proxy-Authorization", Credentials.basic(p.user(), p.password(), StandardCharsets.UTF_8)).build();
                })
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .callTimeout(total)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false);
    }

    private static ProxySelector selector(ProxyRoutes proxies) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                HttpProxy p = proxies.forUrl(uri);
                return List.of(p == null ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress proxy, IOException e) {
                // one proxy per URL: nothing to fall back to
            }
        };
    }
}
