package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Faults: a seed replays the same sequence, and each kind reaches a client as the real failure would. */
class FaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static List<Optional<Fault>> sequence(double rate, long seed, int n) {
        FaultInjector f = new FaultInjector(rate, seed);
        List<Optional<Fault>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.next());
        }
        return out;
    }

    @Test
    void aSeedReplaysTheSameFaults() {
        assertEquals(sequence(0.3, 42, 500), sequence(0.3, 42, 500));
        assertNotEquals(sequence(0.3, 42, 500), sequence(0.3, 43, 500));
    }

    @Test
    void theRateIsTheShareOfFaultyAnswers() {
        long faulty = sequence(0.3, 7, 2000).stream().filter(Optional::isPresent).count();
        assertTrue(faulty > 500 && faulty < 700, "faulty " + faulty);
        assertTrue(sequence(0, 7, 500).stream().allMatch(Optional::isEmpty));
        assertTrue(sequence(1, 7, 500).stream().allMatch(Optional::isPresent));
        assertThrows(IllegalArgumentException.class, () -> new FaultInjector(1.5, 1));
    }

    @Test
    void countsAreKeptByKind() {
        FaultInjector f = new FaultInjector(1, 3);
        Map<Fault, Long> expected = new EnumMap<>(Fault.class);
        for (Fault k : Fault.values()) {
            expected.put(k, 0L);
        }
        for (int i = 0; i < 100; i++) {
            expected.merge(f.next().orElseThrow(), 1L, Long::sum);
        }
        assertEquals(expected, f.counts());
        assertEquals(100, f.total());
    }

    @Test
    void eachFaultReachesTheClientAsTheRealFailureWould() throws Exception {
        List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
        SimulatorOptions options = SimulatorOptions.defaults().withClock(new FakeClock(NOW))
                .withServerClock(Clock.fixed(NOW, ZoneOffset.UTC)).withFaults(1, 42).withSleeper(slept::add);
        FaultInjector predictor = new FaultInjector(1, 42);
        // a short read timeout: a cut that left the connection open would show as a timeout, and fail fast
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        int sent = 0;
        try (Simulator sim = new Simulator(options)) {
            sim.start();
            SignedRequests requests = new SignedRequests(sim.port());
            for (int i = 0; i < 60; i++) {
                Fault expected = predictor.next().orElseThrow();
                Duration expectedDelay = expected == Fault.SLOW ? predictor.slowDelay() : null;
                int expectedError = expected == Fault.APPLICATION_ERROR ? predictor.applicationError(3) : -1;
                // a new connection per request, so a cut connection never spoils the next request
                var request = requests.v3(SteadySyncScenario.ID, NOW).newBuilder().header("Connection", "close").build();
                sent++;
                switch (expected) {
                    case CONNECTION_RESET -> assertNotTimeout(assertThrows(IOException.class,
                            () -> http.newCall(request).execute().close()));
                    case TRUNCATED_BODY -> assertNotTimeout(assertThrows(IOException.class, () -> {
                        try (Response r = http.newCall(request).execute()) {
                            r.body().bytes();
                        }
                    }));
                    default -> {
                        try (Response r = http.newCall(request).execute()) {
                            String body = r.body().string();
                            switch (expected) {
                                case THROTTLING -> {
                                    assertEquals(400, r.code());
                                    assertEquals("Throttling.User", json.readTree(body).path("Code").asText());
                                }
                                case SERVICE_UNAVAILABLE -> {
                                    assertEquals(503, r.code());
                                    assertEquals("ServiceUnavailable", json.readTree(body).path("Code").asText());
                                }
                                case INTERNAL_ERROR -> {
                                    assertEquals(500, r.code());
                                    assertEquals("InternalError", json.readTree(body).path("Code").asText());
                                }
                                case PROXY_HTML -> {
                                    assertEquals(502, r.code());
                                    assertTrue(r.header("Content-Type").startsWith("text/html"));
                                    assertTrue(body.startsWith("<html>"));
                                }
                                case APPLICATION_ERROR -> {
                                    // transient, as real OMS sends it: HTTP 200, Success false
                                    assertEquals(200, r.code());
                                    JsonNode doc = json.readTree(body);
                                    assertFalse(doc.path("Success").asBoolean(true));
                                    assertEquals(List.of("INNER_ERROR", "TIMEOUT_EXCEPTION", "GHANA-OPERIE000000").get(expectedError),
                                            doc.path("Code").asText());
                                }
                                case STALE_SAMPLE -> {
                                    assertEquals(200, r.code());
                                    JsonNode info = json.readTree(body).path("Data").get(4).path("StepInfo");
                                    long sample = info.path("checkpointSampleTimestamp").asLong();
                                    assertEquals(NOW.getEpochSecond() - 3 * 3600, sample, "a sample three hours old");
                                    assertTrue(sample - info.path("incrTimestampCheckpoint").asLong() < 10,
                                            "sample − checkpoint still looks small");
                                }
                                case SLOW -> {
                                    assertEquals(200, r.code());
                                    assertEquals(expectedDelay, slept.get(slept.size() - 1));
                                    assertTrue(expectedDelay.toMillis() >= 100 && expectedDelay.toMillis() <= 400);
                                }
                                default -> throw new AssertionError(expected);
                            }
                        }
                    }
                }
            }
            SimulatorStats stats = sim.stats();
            assertEquals(predictor.counts(), stats.faults());
            assertTrue(stats.faults().values().stream().allMatch(n -> n > 0), "every kind served: " + stats.faults());
            assertEquals(sent, stats.requests());
            assertEquals(sent, stats.connections(), "one TCP connection per request with Connection: close");
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static void assertNotTimeout(IOException e) {
        assertTrue(!(e instanceof java.io.InterruptedIOException), "a cut, not a timeout: " + e);
    }

    @Test
    void keptAliveRequestsShareOneConnection() throws Exception {
        OkHttpClient http = new OkHttpClient();
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(NOW))
                .withServerClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
            sim.start();
            SignedRequests requests = new SignedRequests(sim.port());
            for (int i = 0; i < 5; i++) {
                try (Response r = http.newCall(requests.v3(SteadySyncScenario.ID, NOW)).execute()) {
                    assertEquals(200, r.code());
                    r.body().bytes();
                }
            }
            assertEquals(5, sim.stats().requests());
            assertEquals(1, sim.stats().connections());
            assertEquals(0, sim.stats().faultsTotal());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
