package dev.omsteps.config;

import dev.omsteps.http.HttpProxy;
import dev.omsteps.http.ProxyRoutes;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP proxy to use, the way curl and the aliyun CLI read it: {@code --proxy URL}, else
 * {@code https_proxy}/{@code HTTPS_PROXY} for https endpoints and {@code http_proxy}/{@code HTTP_PROXY}
 * for plain ones (lowercase first, as curl), minus the hosts in {@code no_proxy}/{@code NO_PROXY}.
 * Loopback never goes through a proxy (as Go's http package, which the aliyun CLI uses), so a local
 * {@code omsteps simulate} keeps working behind a corporate proxy. {@code toString} masks the password.
 */
public record ProxySettings(String host, int port, String user, String password, List<String> noProxy) implements HttpProxy {

    /**
     * The same rules for every URL a client may meet (STS, a credentials URI, webhooks), the settings checked
     * now, so that a bad proxy URL is one usage error before any request rather than a failure inside one.
     */
    public static ProxyRoutes routes(String flag, Map<String, String> env) {
        resolve(flag, env, URI.create("https://proxy-check.invalid/"));
        resolve(flag, env, URI.create("http://proxy-check.invalid/"));
        return url -> url == null || url.getHost() == null ? null : resolve(flag, env, url);
    }

    /** The proxy for {@code endpoint}, or null for a direct connection. */
    public static ProxySettings resolve(String flag, Map<String, String> env, URI endpoint) {
        boolean https = !Endpoints.isPlainHttp(endpoint);
        String url = SettingsResolver.firstNonBlank(flag,
                https ? env.get("https_proxy") : env.get("http_proxy"),
                https ? env.get("HTTPS_PROXY") : env.get("HTTP_PROXY"));
        if (url == null) {
            return null;
        }
        String source = flag != null && !flag.isBlank() ? "--proxy" : https ? "HTTPS_PROXY" : "HTTP_PROXY";
        ProxySettings proxy = parse(url, source, SettingsResolver.firstNonBlank(env.get("no_proxy"), env.get("NO_PROXY")));
        return proxy.bypasses(endpoint.getHost()) ? null : proxy;
    }

    static ProxySettings parse(String url, String source, String noProxy) {
        String text = url.strip();
        if (!text.contains("://")) {
            text = "http://" + text; // curl's default scheme for a proxy
        }
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw bad(source, url);
        }
        if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
            throw u.getHost() == null ? bad(source, url) : new ConfigException(source + ": " + u.getScheme()
                    + " proxies are not supported", "use an http:// proxy URL (it tunnels HTTPS with CONNECT)");
        }
        String user = null;
        String password = null;
        String info = u.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        List<String> hosts = noProxy == null ? List.of() : Arrays.stream(noProxy.split("[,\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return new ProxySettings(u.getHost(), u.getPort() < 0 ? 80 : u.getPort(), user, password, hosts);
    }

    private static ConfigException bad(String source, String url) {
        return new ConfigException(source + " is not a proxy URL: " + Endpoints.withoutUserInfo(url),
                "use http://[user:password@]host:port");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public boolean hasCredentials() {
        return user != null && !user.isEmpty();
    }

    /** Loopback, {@code *}, a listed host, or a host under a listed domain ({@code example.com} or {@code .example.com}). */
    public boolean bypasses(String host) {
        if (host == null || Endpoints.isLoopback(host)) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        for (String entry : noProxy) {
            String e = entry.replaceFirst(":\\d+$", "");
            if (e.equals("*")) {
                return true;
            }
            String domain = e.startsWith(".") ? e.substring(1) : e.startsWith("*.") ? e.substring(2) : e;
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "http://" + (hasCredentials() ? user + ":****@" : "") + host + ":" + port;
    }
}
