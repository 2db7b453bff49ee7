package dev.omsteps.http;

import java.nio.file.Path;
import okhttp3.tls.HandshakeCertificates;

/**
 * How every client reaches the network: the proxy for each URL, and the certificate authorities trusted beyond
 * the platform's ({@code --ca-cert}: a private CA, or the one a TLS-inspecting corporate proxy signs with).
 * Made once per command and applied by {@link SafeHttp#builder}, so the API, the credential sources (STS, a
 * credentials URI) and webhooks all reach the network the same way, and none can forget the proxy or the CA.
 *
 * @param trust null: the platform's roots only
 */
public record Network(ProxyRoutes proxies, HandshakeCertificates trust) {

    /** No proxy, the platform's roots. */
    public static final Network DIRECT = new Network(ProxyRoutes.DIRECT, null);

    /** {@code caCert} null: the platform's roots only; otherwise read now, so a bad file is an error before any request. */
    public static Network of(ProxyRoutes proxies, Path caCert) {
        return new Network(proxies, caCert == null ? null : TrustedCertificates.platformPlus(caCert));
    }
}
