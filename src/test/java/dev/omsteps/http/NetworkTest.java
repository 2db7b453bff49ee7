package dev.omsteps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.credentials.CredentialsHttp;
import dev.omsteps.credentials.CredentialsUri;
import dev.omsteps.sim.LoopbackTls;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way clients reach the network: the CA file read once, applied by SafeHttp to every TLS client. */
class NetworkTest {

    @TempDir
    Path dir;

    @Test
    void noCaCertMeansThePlatformRootsAndABadFileIsRefusedByName() throws Exception {
        assertNull(Network.of(ProxyRoutes.DIRECT, null).trust());
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        TrustedCertificates.Unusable e = assertThrows(TrustedCertificates.Unusable.class, () -> Network.of(ProxyRoutes.DIRECT, junk));
        assertTrue(e.getMessage().contains("junk.pem") && e.getMessage().contains("no PEM certificate"), e.getMessage());
        assertTrue(e.hint().contains("BEGIN CERTIFICATE"), e.hint());
    }

    @Test
    void aTlsClientTrustsTheExtraCaAndAPlainOneSkipsTls() throws Exception {
        LoopbackTls tls = new LoopbackTls();
        Path ca = dir.resolve("ca.pem");
        tls.writeAuthorityPem(ca);
        Network network = Network.of(ProxyRoutes.DIRECT, ca);
        assertNotNull(network.trust());
        Duration s = Duration.ofSeconds(5);
        OkHttpClient plain = SafeHttp.builder(s, s, s, network, false).build();
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), plain.connectionSpecs());
        OkHttpClient secure = SafeHttp.builder(s, s, s, network, true).build();
        assertTrue(secure.connectionSpecs().stream().anyMatch(ConnectionSpec::isTls));
        assertEquals(network.trust().trustManager(), secure.x509TrustManager());
    }

    @Test
    void aCredentialsUriOverHttpsIsTrustedThroughTheNetworksCaOnly() throws Exception {
        LoopbackTls tls = new LoopbackTls();
        Path ca = dir.resolve("ca.pem");
        tls.writeAuthorityPem(ca);
        try (Simulator sim = new Simulator(SimulatorOptions.defaults())) {
            URI uri = URI.create(sim.start(tls.serverContext()) + "/credentials-uri");
            try (CredentialsHttp platformOnly = CredentialsHttp.defaults(Network.DIRECT, Clock.systemUTC(), null)) {
                CredentialsException e = assertThrows(CredentialsException.class, () -> new CredentialsUri(platformOnly).fetch(uri, "test"));
                assertTrue(e.getMessage().startsWith("TLS with the credentials URI at 127.0.0.1:"), e.getMessage());
                assertTrue(e.hint().contains("--ca-cert FILE"), e.hint());
            }
            try (CredentialsHttp withCa = CredentialsHttp.defaults(Network.of(ProxyRoutes.DIRECT, ca), Clock.systemUTC(), null)) {
                assertNotNull(new CredentialsUri(withCa).fetch(uri, "test").accessKeyId());
            }
        }
    }
}
