package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.testing.RawServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A throttling gateway's hints (x-acs-retry-after in ms, Retry-After in s) floor the waits, within the cap and the deadline. */
class ThrottlingHintsTest {

    private static final String STEP = "{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":40}";

    @TempDir
    Path home;

    private static byte[] throttled(String header) {
        String body = "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\",\"RequestId\":\"r1\"}";
        return ("HTTP/1.1 400 Bad Request\r\n" + header + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** Throttles the first {@code times} requests with {@code header}, then answers. */
    private static RawServer gateway(int times, String header) throws Exception {
        int[] seen = {0};
        return new RawServer((s, n) -> {
            while (RawServer.readRequest(s.getInputStream()) != null) {
                synchronized (seen) {
                    seen[0]++;
                    s.getOutputStream().write(seen[0] <= times ? throttled(header) : RawServer.answer("200 OK", "{\"Data\":[" + STEP + "]}"));
                }
            }
        });
    }

    @Test
    void aRetryInsideACallWaitsAtLeastWhatTheGatewayAsked() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
        List<Duration> slept = new CopyOnWriteArrayList<>();
        try (RawServer api = gateway(1, "x-acs-retry-after: 3000");
             ApiClient client = ApiClient.cloud(new CloudSettings(URI.create(api.url("http") + "/"), "cn-hangzhou",
                     new StaticCredentials(new Credentials("AK", "SK", null, "test"))),
                     ClientOptions.defaults().withTime(clock, d -> { slept.add(d); clock.advance(d); }), "test")) {
            client.describeProjectSteps("np_1");
        }
        assertEquals(List.of(Duration.ofMillis(3000)), slept);
    }

    @Test
    void aHintThatWouldOutlastTheDeadlineEndsTheCallInsteadOfWaiting() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
        List<Duration> slept = new CopyOnWriteArrayList<>();
        try (RawServer api = gateway(5, "Retry-After: 50");
             ApiClient client = ApiClient.cloud(new CloudSettings(URI.create(api.url("http") + "/"), "cn-hangzhou",
                     new StaticCredentials(new Credentials("AK", "SK", null, "test"))),
                     ClientOptions.defaults().withTime(clock, d -> { slept.add(d); clock.advance(d); })
                             .withDeadline(clock.instant().plusSeconds(20)), "test")) {
            ApiException e = assertThrows(ApiException.class, () -> client.describeProjectSteps("np_1"));
            assertEquals(ApiException.Kind.THROTTLED, e.kind());
            assertEquals(Duration.ofSeconds(50), e.retryAfter());
        }
        assertEquals(List.of(), slept, "no wait past the deadline");
    }

    @Test
    void aWatchBacksOffAsLongAsTheGatewayAskedButNeverPastItsTimeout() throws Exception {
        try (RawServer api = gateway(100, "Retry-After: 45")) {
            FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
            List<Duration> slept = new CopyOnWriteArrayList<>();
            CliRun.Result r = new CliRun(home).clock(clock).sleeper(d -> { slept.add(d); clock.advance(d); })
                    .credentials("AK", "SK").env("OMSTEPS_ENDPOINT", api.url("http"))
                    .run("watch", "np_1", "-o", "ndjson", "--interval", "5s", "--timeout", "2m", "--max-errors", "50");
            assertEquals(4, r.exitCode(), r.all());
            Duration total = slept.stream().reduce(Duration.ZERO, Duration::plus);
            assertTrue(total.compareTo(Duration.ofMinutes(2)) <= 0, "never past --timeout: " + total);
            // 2 minutes of 45 s hints: three polls (at 0, 45 s, 90 s), not the 5 s interval's two dozen
            long polls = r.stdout().lines().filter(l -> l.contains("\"event\":\"poll-error\"")).count();
            assertTrue(polls >= 2 && polls <= 4, polls + " polls: " + r.stdout());
        }
    }
}
