package dev.omsteps.http;

import java.net.URI;

/**
 * Which proxy a request to a URL goes through; null means straight there. Asked per request, so a client that
 * talks to several hosts (STS, a credentials URI, webhooks) follows {@code NO_PROXY} host by host.
 */
@FunctionalInterface
public interface ProxyRoutes {

    ProxyRoutes DIRECT = url -> null;

    HttpProxy forUrl(URI url);
}
