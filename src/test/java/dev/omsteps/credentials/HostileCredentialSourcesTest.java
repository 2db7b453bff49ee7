package dev.omsteps.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.RawServer;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
