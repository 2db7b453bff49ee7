package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.PrecheckFailedScenario;
import dev.omsteps.sim.scenario.PublishedExampleScenario;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.sim.scenario.SuspendedMigrationScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real CLI, in-process, against the simulator over loopback HTTP. Both sides agree on a fixed "now". */
class CliAgainstSimulatorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FakeClock scenarioClock = new FakeClock(CliRun.DEFAULT_NOW);
    private Simulator sim;

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(scenarioClock)
                .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CliRun cli() {
        return new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
    }

    private JsonNode stepsJson(String id) throws Exception {
        CliRun.Result r = cli().run("steps", "--endpoint", sim.endpoint().toString(), id, "-o", "json");
        assertEquals(0, r.exitCode(), r.all());
        return json.readTree(r.stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {FullMigrationScenario.ID, PrecheckFailedScenario.ID, SuspendedMigrationScenario.ID,
        SteadySyncScenario.ID, PublishedExampleScenario.ID})
    void everyScenarioComesBack(String id) throws Exception {
        JsonNode doc = stepsJson(id);
        assertEquals(id, doc.path("projectId").asText());
        assertTrue(doc.path("steps").size() > 0);
        assertEquals("PRE_CHECK", doc.path("steps").get(0).path("name").asText());
    }

    @Test
    void fullMigrationShowsTransferMetricsAnHourIn() throws Exception {
        scenarioClock.advance(Duration.ofHours(1));
        JsonNode full = stepsJson(FullMigrationScenario.ID).path("steps").get(2);
        assertEquals("FULL_TRANSFER", full.path("name").asText());
        assertEquals("RUNNING", full.path("status").asText());
        JsonNode m = full.path("metrics");
        assertEquals(2_000_000_000L, m.path("capacity").asLong());
        long processed = m.path("processedRecords").asLong();
        assertTrue(processed > 0 && processed < 2_000_000_000L, "processed " + processed);
        assertEquals(processed * 100 / 2_000_000_000L, full.path("progress").asLong());
    }

    @Test
    void failedPreCheckMessageHasItsPlaceholdersFilled() throws Exception {
        JsonNode pre = stepsJson(PrecheckFailedScenario.ID).path("steps").get(0);
        assertEquals("FAILED", pre.path("status").asText());
        assertEquals("Table orders_2019 in shop has no primary key", pre.path("errors").get(0).path("message").asText());
    }

    @Test
    void publishedExampleIsServedByteForByte() {
        CliRun.Result r = cli().run("steps", "--endpoint", sim.endpoint().toString(), PublishedExampleScenario.ID, "-o", "raw");
        assertEquals(0, r.exitCode(), r.all());
        assertEquals(new String(Fixtures.docExample(), java.nio.charset.StandardCharsets.UTF_8), r.stdout());
    }

    @Test
    void endpointFromEnvironmentWorksToo() {
        CliRun.Result r = cli().env("OMSTEPS_ENDPOINT", sim.endpoint().toString()).run("steps", SteadySyncScenario.ID);
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("MONITORING"), r.stdout());
    }

    @Test
    void unknownProjectExits3() {
        CliRun.Result r = cli().run("steps", "--endpoint", sim.endpoint().toString(), "np_nobody_home");
        assertEquals(3, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("not found"), r.stderr());
    }

    @Test
    void watchingAGoodAndAnUnknownProjectFailsAtOnce() {
        // the scenario clock stands still: without failing fast the good project would be watched until --max-polls
        CliRun.Result r = cli().run("watch", "--endpoint", sim.endpoint().toString(), FullMigrationScenario.ID, "np_nobody_home",
                "-o", "ndjson", "--interval", "1s", "--max-polls", "50");
        assertEquals(3, r.exitCode(), r.all());
        assertEquals(2, sim.stats().requests(), "one poll each, then the watch ends: " + r.stdout());
        assertTrue(r.stdout().contains("not watched: project np_nobody_home was not found"), r.stdout());
    }

    @Test
    void wrongSecretExits3NamingTheSignature() {
        CliRun.Result r = new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, "wrong-secret")
                .run("steps", "--endpoint", sim.endpoint().toString(), FullMigrationScenario.ID);
        assertEquals(3, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("signature"), r.stderr());
        assertTrue(r.stderr().contains("SignatureDoesNotMatch"), r.stderr());
    }

    /**
     * With 30% of answers faulty, the client's retries carry most runs through; a run whose every try meets a fault
     * (3 tries: 2.7% of runs) must still end as a clean API error, one line and exit 3, whatever the fault.
     */
    @Test
    void theCliRidesOutAFaultySimulatorOrFailsCleanly() throws Exception {
        try (Simulator faulty = new Simulator(SimulatorOptions.defaults().withClock(scenarioClock)
                .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)).withFaults(0.3, 42).withSleeper(d -> { }))) {
            faulty.start();
            int ok = 0;
            for (int i = 0; i < 30; i++) {
                CliRun.Result r = cli().run("steps", "--endpoint", faulty.endpoint().toString(), SteadySyncScenario.ID);
                if (r.exitCode() == 0) {
                    ok++;
                } else {
                    assertEquals(3, r.exitCode(), r.all());
                    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
                    assertTrue(r.stderr().contains("after 3 tries"), r.stderr());
                }
            }
            assertTrue(ok >= 25, ok + " of 30 runs succeeded");
            assertTrue(faulty.stats().faultsTotal() > 0);
        }
    }

    @Test
    void unsignedRequestGetsA4xxJsonBodyWithACode() throws Exception {
        OkHttpClient http = new OkHttpClient();
        Request plain = new Request.Builder().url(sim.endpoint().toString() + "/")
                .post(RequestBody.create("Id=" + FullMigrationScenario.ID, MediaType.get("application/x-www-form-urlencoded")))
                .build();
        try (Response response = http.newCall(plain).execute()) {
            assertTrue(response.code() >= 400 && response.code() < 500, "HTTP " + response.code());
            JsonNode body = json.readTree(response.body().string());
            assertEquals("IncompleteSignature", body.path("Code").asText());
            assertTrue(body.has("RequestId") && body.has("HostId") && body.has("Message") && body.has("Recommend"));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
