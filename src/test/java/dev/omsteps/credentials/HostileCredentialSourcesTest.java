package dev.omsteps.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.config.ProxySettings;
import dev.omsteps.config.SettingsOverrides;
import dev.omsteps.config.Target;
import dev.omsteps.config.TargetResolver;
import dev.omsteps.http.Network;
import dev.omsteps.http.ProxyRoutes;
import dev.omsteps.testing.ConnectProxy;
import dev.omsteps.testing.RawServer;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credential sources (STS, the ECS metadata service, a credentials URI) share one HTTP exchange; a hostile
 * service meets the same rules as a hostile API: no redirect followed, a total deadline, a bounded body.
 */
class HostileCredentialSourcesTest {

    private static final String GOOD = "{\"Code\":\"Success\",\"AccessKeyId\":\"STS.id\",\"AccessKeySecret\":\"sec\","
            + "\"SecurityToken\":\"tok\",\"Expiration\":\"2099-01-01T00:00:00Z\"}";

    private static CredentialsHttp http() {
        return new CredentialsHttp(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1500));
    }

    @Test
    void aRedirectIsRefusedNamingWhereItPointedAndNothingGoesThere() throws Exception {
        try (RawServer elsewhere = new RawServer((s, n) -> s.getOutputStream().write(RawServer.answer("200 OK", GOOD)));
             RawServer uri = new RawServer((s, n) -> {
                 RawServer.readRequest(s.getInputStream());
                 s.getOutputStream().write(("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url("http")
                         + "/\u001b]0;pwned\u0007\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
             });
             CredentialsHttp http = http()) {
            CredentialsException e = assertThrows(CredentialsException.class,
                    () -> new CredentialsUri(http).fetch(URI.create(uri.url("http") + "/creds"), "test"));
            assertEquals(CredentialsException.Kind.REFUSED, e.kind());
            assertTrue(e.getMessage().contains("redirect (HTTP 302) to " + elsewhere.url("http")), e.getMessage());
            assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), e.getMessage());
            assertEquals(0, elsewhere.connections());
        }
    }

    @Test
    void aDrippingServiceMeetsTheTotalDeadline() throws Exception {
        try (RawServer drip = new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (byte b : RawServer.answer("200 OK", GOOD)) {
                out.write(b);
                out.flush();
                Thread.sleep(200); // each byte well inside the read timeout
            }
        }); CredentialsHttp http = http()) {
            long start = System.nanoTime();
            CredentialsException e = assertThrows(CredentialsException.class,
                    () -> new CredentialsUri(http).fetch(URI.create(drip.url("http") + "/creds"), "test"));
            assertEquals(CredentialsException.Kind.UNAVAILABLE, e.kind());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "ended near its 1.5 s deadline");
        }
    }

    @Test
    void anEndlessBodyIsRefusedAfterTheCap() throws Exception {
        try (RawServer endless = new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        }); CredentialsHttp http = new CredentialsHttp(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10))) {
            CredentialsException e = assertThrows(CredentialsException.class,
                    () -> new CredentialsUri(http).fetch(URI.create(endless.url("http") + "/creds"), "test"));
            assertTrue(e.getMessage().contains("more than 256 KiB"), e.getMessage());
        }
    }

    /** Answers every request on a connection: the metadata token to a PUT, the credentials to anything else. */
    private static RawServer metadataLike() throws Exception {
        return new RawServer((s, n) -> {
            for (String req; (req = RawServer.readRequest(s.getInputStream())) != null; ) {
                s.getOutputStream().write(req.startsWith("PUT ") ? RawServer.answer("200 OK", "metadata-token") : RawServer.answer("200 OK", GOOD));
            }
        });
    }

    /** A server that takes the request and never answers. */
    private static RawServer silent() throws Exception {
        return new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            Thread.sleep(60_000);
        });
    }

    @Test
    void theEcsMetadataServiceIsAskedDirectlyWhereACredentialsUriGoesThroughTheProxy() throws Exception {
        try (RawServer service = metadataLike(); ConnectProxy proxy = new ConnectProxy(Integer.parseInt(service.url("http").replaceAll(".*:", "")), null)) {
            // every URL, loopback included, routed to the proxy: only the metadata service may skip it
            ProxyRoutes everything = url -> new ProxySettings("127.0.0.1", proxy.port(), null, null, List.of());
            try (CredentialsHttp http = new CredentialsHttp(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), new Network(everything, null),
                    Clock.systemUTC(), null)) {
                Credentials viaMetadata = new EcsMetadata(http, URI.create(service.url("http")), false).fetch("role", "test");
                assertEquals("STS.id", viaMetadata.accessKeyId());
                assertEquals(List.of(), proxy.heads());
                new CredentialsUri(http).fetch(URI.create(service.url("http") + "/creds"), "test");
                assertEquals(1, proxy.heads().size(), proxy.heads().toString());
                assertTrue(proxy.heads().get(0).startsWith("GET " + service.url("http") + "/creds "), proxy.heads().toString());
            }
        }
    }

    @Test
    void aFetchEndsAtTheCommandsDeadlineWhateverItsOwnLimit() throws Exception {
        try (RawServer hang = silent();
             CredentialsHttp http = new CredentialsHttp(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Network.DIRECT,
                     Clock.systemUTC(), Instant.now().plusMillis(1200))) {
            long start = System.nanoTime();
            CredentialsException e = assertThrows(CredentialsException.class,
                    () -> new CredentialsUri(http).fetch(URI.create(hang.url("http") + "/creds"), "test"));
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(CredentialsException.Kind.UNAVAILABLE, e.kind());
            assertTrue(ms >= 900 && ms < 4000, "ended at the 1.2 s deadline, not after 10 s of silence: " + ms + " ms");
            CredentialsException after = assertThrows(CredentialsException.class,
                    () -> new CredentialsUri(http).fetch(URI.create(hang.url("http") + "/creds"), "test"));
            assertTrue(after.getMessage().contains("time was up"), after.getMessage());
        }
    }

    @TempDir
    Path home;

    @Test
    void theDeadlineReachesTheCredentialsOfAResolvedTarget() throws Exception {
        try (RawServer hang = silent()) {
            Map<String, String> env = Map.of(CredentialEnv.CREDENTIALS_URI, hang.url("http") + "/creds");
            CredentialsHttp http = CredentialsHttp.defaults(Network.DIRECT, Clock.systemUTC(), Instant.now().plusMillis(1500));
            Target target = new TargetResolver(env, home, Clock.systemUTC(), http)
                    .resolve(new TargetResolver.Flags(SettingsOverrides.none(), null, null, null), user -> null);
            long start = System.nanoTime();
            assertThrows(CredentialsException.class, () -> ((Target.Cloud) target).settings().credentials().current());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "the fetch had the 1.5 s left, not 20 s");
            http.close();
        }
    }
}
