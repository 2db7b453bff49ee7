package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.RetryPolicy;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.RawServer;
import dev.omsteps.time.Sleeper;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile servers on loopback, one class of defect each: redirects, drips, bodies that would run the JVM out of
 * memory, escape sequences the HTTP library quotes, keep-alive connections the server closed, TLS mismatches.
 */
class HostileServerTest {

    private static final String TOKEN = "STS-TOKEN-must-not-travel";
    private static final String STEP = "{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":40}";

    @TempDir
    Path home;

    /** On a fake clock that sleeping advances, so a watch's pauses take no time. */
    private CliRun cli(String endpoint) {
        dev.omsteps.testing.FakeClock clock = new dev.omsteps.testing.FakeClock(CliRun.DEFAULT_NOW);
        return new CliRun(home).clock(clock).sleeper(clock.sleeper()).credentials("AK", "SK").env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN).env("OMSTEPS_ENDPOINT", endpoint);
    }

    private static void assertClean(CliRun.Result r) {
        assertFalse(r.all().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c >= 0x80 && c < 0xa0 || c == 0x202e),
                "no control character: " + r.all());
        assertFalse(r.all().contains(TOKEN), "no token: " + r.all());
        assertFalse(r.stderr().contains("\tat ") && !r.stderr().contains("omsteps:"), r.stderr());
    }

    @Test
    void aRedirectIsNeverFollowedOnEitherFlavourAndNamesWhereItPointed() throws Exception {
        try (RawServer thirdParty = new RawServer((s, n) -> s.getOutputStream().write(RawServer.answer("200 OK", "{\"Data\":[" + STEP + "]}")));
             RawServer api = new RawServer((s, n) -> {
                 RawServer.readRequest(s.getInputStream());
                 s.getOutputStream().write(("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + thirdParty.url("http")
                         + "/\u001b[2Jsteal\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
             })) {
            for (List<String> args : List.of(List.of("steps", "np_1"), List.of("steps", "--oms-url", api.url("http"), "np_1"),
                    List.of("watch", "np_1", "-o", "ndjson", "--max-errors", "1"))) {
                CliRun.Result r = cli(api.url("http")).run(args.toArray(String[]::new));
                assertEquals(3, r.exitCode(), args + ": " + r.all());
                assertTrue(r.stderr().contains("redirect (HTTP 307) to " + thirdParty.url("http")), r.stderr());
                assertEquals(1, r.stderr().lines().filter(l -> l.startsWith("omsteps:")).count(), r.stderr());
                assertClean(r);
            }
            assertEquals(0, thirdParty.connections(), "nothing went to where the redirect pointed");
        }
    }

    @Test
    void aDripFeedingServerMeetsTheTotalDeadlineOfACall() throws Exception {
        try (RawServer drip = new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (byte b : RawServer.answer("200 OK", "{\"Data\":[" + STEP + "]}")) {
                out.write(b);
                out.flush();
                Thread.sleep(200); // well inside the read timeout, every time
            }
        })) {
            ClientOptions o = ClientOptions.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1500))
                    .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
            long start = System.nanoTime();
            try (ApiClient client = ApiClient.cloud(new CloudSettings(URI.create(drip.url("http") + "/"), "cn-hangzhou",
                    new StaticCredentials(new Credentials("AK", "SK", null, "test"))), o, "test")) {
                ApiException e = assertThrows(ApiException.class, () -> client.describeProjectSteps("np_1"));
                assertEquals(ApiException.Kind.NETWORK, e.kind());
                assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "ended near its 1.5 s deadline");
        }
    }

    @Test
    void watchTimeoutCancelsThePollInFlightAndExits4OnTime() throws Exception {
        try (RawServer drip = new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                out.write("HTTP/1.1 200 OK\r\nX-Drip: ".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 1000; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                }
            }
        })) {
            long start = System.nanoTime();
            CliRun.Result r = cli(drip.url("http")).clock(Clock.systemUTC()).sleeper(Sleeper.REAL)
                    .run("watch", "np_1", "--timeout", "2s", "-o", "ndjson");
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(4, r.exitCode(), r.all());
            assertTrue(ms < 2000 + 1000 + 1500, "exit 4 on time, not at the 30 s call timeout: " + ms + " ms");
            List<String> lines = r.stdout().lines().toList();
            assertTrue(lines.get(lines.size() - 1).contains("\"event\":\"done\"") && lines.get(lines.size() - 1).contains("\"exitCode\":4"), r.stdout());
            assertFalse(r.stdout().contains("poll-error"), "the poll cut short is the timeout, not an error: " + r.stdout());
        }
    }

    @Test
    void millionsOfTinyStepsUnderTheSizeCapAreOneLineAndExit3() throws Exception {
        String body = "{\"Data\":[" + "{},".repeat(3_000_000) + "{}]}"; // 9 MB, under 16 MiB
        try (RawServer s = new RawServer((sock, n) -> {
            RawServer.readRequest(sock.getInputStream());
            sock.getOutputStream().write(RawServer.answer("200 OK", body));
        })) {
            CliRun.Result r = cli(s.url("http")).run("steps", "np_1");
            assertEquals(3, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("more than 500000 JSON values"), r.stderr());
            assertEquals(1, s.connections(), "not retried: it would come back the same");
        }
        String steps = "{\"Data\":[" + String.join(",", java.util.Collections.nCopies(1001, STEP)) + "]}";
        try (RawServer s = new RawServer((sock, n) -> {
            RawServer.readRequest(sock.getInputStream());
            sock.getOutputStream().write(RawServer.answer("200 OK", steps));
        })) {
            CliRun.Result r = cli(s.url("http")).run("steps", "np_1", "-o", "json");
            assertEquals(3, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("more than 1000 steps"), r.stderr());
        }
    }

    @Test
    void escapeSequencesTheHttpLibraryQuotesReachNoOutput() throws Exception {
        String hostile = "HTTP/1.1 2\u001b]0;pwned\u0007\u001b[2J\u009b31m OK\r\nX-Evil: \u001b[31mred\r\n\r\n";
        try (RawServer s = new RawServer((sock, n) -> {
            RawServer.readRequest(sock.getInputStream());
            sock.getOutputStream().write(hostile.getBytes(StandardCharsets.ISO_8859_1));
        })) {
            for (List<String> args : List.of(List.of("steps", "np_1"), List.of("steps", "np_1", "--debug"),
                    List.of("watch", "np_1", "-o", "ndjson", "--max-errors", "2", "--interval", "10ms"),
                    List.of("watch", "np_1", "--max-errors", "2", "--interval", "10ms", "--debug"))) {
                CliRun.Result r = cli(s.url("http")).run(args.toArray(String[]::new));
                assertEquals(3, r.exitCode(), args + ": " + r.all());
                assertTrue(r.all().contains("could not talk to 127.0.0.1"), r.all());
                assertClean(r);
            }
        }
    }

    @Test
    void c1AndBidiCharactersReachNeitherJsonNorNdjson() throws Exception {
        String step = STEP.replace("FULL_TRANSFER", "X\\u009b2J\\u202eexe\\u2066\\u007f");
        try (RawServer s = new RawServer((sock, n) -> {
            while (RawServer.readRequest(sock.getInputStream()) != null) {
                sock.getOutputStream().write(RawServer.answer("200 OK", "{\"Success\":true,\"Data\":[" + step + "]}"));
            }
        })) {
            for (List<String> args : List.of(List.of("steps", "np_1", "-o", "json"),
                    List.of("watch", "np_1", "-o", "ndjson", "--max-polls", "1"))) {
                CliRun.Result r = cli(s.url("http")).run(args.toArray(String[]::new));
                assertClean(r);
                assertTrue(r.stdout().contains("X?2J?exe??"), "made printable where it entered: " + r.stdout());
            }
        }
    }

    @Test
    void aPooledConnectionTheServerClosedIsRetriedOnceUnseen() throws Exception {
        String body = "{\"Success\":true,\"Data\":[" + STEP + "]}";
        try (RawServer s = new RawServer((sock, n) -> {
            // each connection answers one request, then reads the next and hangs up without a word
            RawServer.readRequest(sock.getInputStream());
            sock.getOutputStream().write(RawServer.answer("200 OK", body));
            RawServer.readRequest(sock.getInputStream());
        })) {
            CliRun.Result r = cli(s.url("http")).run("watch", "np_1", "-o", "ndjson", "--max-polls", "4", "--max-errors", "1",
                    "--interval", "10ms");
            assertEquals(4, r.exitCode(), r.all()); // the poll limit, as for --timeout
            assertFalse(r.stdout().contains("poll-error"), r.stdout());
            assertEquals(4, s.connections(), "one new connection per poll after the first");
        }
        try (RawServer s = new RawServer((sock, n) -> RawServer.readRequest(sock.getInputStream()))) {
            CliRun.Result r = cli(s.url("http")).run("watch", "np_1", "-o", "ndjson", "--max-errors", "1");
            assertEquals(3, r.exitCode(), "a new connection closed without an answer is a failed poll: " + r.all());
            assertEquals(1, s.connections());
        }
    }

    @Test
    void httpsAgainstAPlainHttpPortFailsTheHandshakeFast() throws Exception {
        try (RawServer plain = new RawServer((sock, n) -> RawServer.readRequest(sock.getInputStream()))) {
            ClientOptions o = ClientOptions.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(90))
                    .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
            long start = System.nanoTime();
            try (ApiClient client = ApiClient.cloud(new CloudSettings(URI.create(plain.url("https") + "/"), "cn-hangzhou",
                    new StaticCredentials(new Credentials("AK", "SK", null, "test"))), o, "test")) {
                ApiException e = assertThrows(ApiException.class, () -> client.describeProjectSteps("np_1"));
                assertEquals(ApiException.Kind.TLS, e.kind());
                assertTrue(e.hint().contains("plain-HTTP port"), e.hint());
            }
            // the handshake has the 1 s connect timeout, not the 60 s read timeout (TLS set-up itself takes a few seconds on a busy machine)
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 20_000, "the connect timeout, not the read timeout");
        }
    }

    @Test
    void aCertificateForAnotherNameSaysTheNameDoesNotMatch() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("test CA").build();
        HeldCertificate leaf = new HeldCertificate.Builder().addSubjectAlternativeName("oms.example.com").signedBy(ca).build();
        Path pem = home.resolve("ca.pem");
        Files.writeString(pem, ca.certificatePem());
        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate()).build().sslSocketFactory());
            server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().body("{}").build());
            CliRun.Result r = cli("https://127.0.0.1:" + server.getPort()).run("steps", "np_1", "--ca-cert", pem.toString());
            assertEquals(3, r.exitCode(), r.all());
            assertTrue(r.stderr().contains("not for the name 127.0.0.1") && r.stderr().contains("the name does not match"), r.stderr());
            assertEquals(1, r.stderr().lines().count(), r.stderr());
        }
    }
}
