package dev.omsteps.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.PrecheckFailedScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.testing.LoopbackServer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch --notify} as a new user would try it: a simulated failure reaches a webhook within one poll. */
class WatchNotifyTest {

    private final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    private final ObjectMapper json = new ObjectMapper();
    private Simulator sim;

    @TempDir
    Path home;

    @LoopbackServer
    MockWebServer receiver;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CliRun cli() {
        return new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET)
                .env("OMSTEPS_ENDPOINT", sim.endpoint().toString()).clock(clock).sleeper(clock.sleeper());
    }

    @Test
    void aFailureReachesTheWebhookAfterOnePollAsTheNdjsonLineSays() throws Exception {
        receiver.enqueue(new MockResponse.Builder().code(502).build());
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        CliRun.Result r = cli().run("watch", PrecheckFailedScenario.ID, "-o", "ndjson", "--notify", receiver.url("/hook").toString());
        assertEquals(1, r.exitCode(), r.all());
        assertEquals(1, sim.stats().requests(), "one poll");
        RecordedRequest refused = receiver.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest delivered = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(refused.getBody().utf8(), delivered.getBody().utf8());
        String doneLine = r.stdout().lines().filter(l -> l.contains("\"project-done\"")).findFirst().orElseThrow();
        assertEquals(doneLine + "\n", delivered.getBody().utf8(), "the webhook gets the very ndjson event");
        JsonNode event = json.readTree(delivered.getBody().utf8());
        assertEquals("failed", event.path("outcome").asText());
        assertNull(receiver.takeRequest(200, TimeUnit.MILLISECONDS), "once");
        assertEquals("", r.stderr());
    }

    @Test
    void badTargetsAndRulesAreUsageErrorsWithoutTheSecret() {
        CliRun.Result r = cli().run("watch", PrecheckFailedScenario.ID, "--notify", "teams:https://example.com/hook/sekrit");
        assertEquals(2, r.exitCode());
        assertEquals("omsteps: --notify 'teams:***' is not a notification target"
                + " — use exec:CMD, an https:// URL, slack:URL, dingtalk:URL or feishu:URL\n", r.stderr());
        assertFalse(r.all().contains("sekrit"));
        r = cli().run("watch", PrecheckFailedScenario.ID, "--alert", "lag<5s");
        assertEquals(2, r.exitCode());
        assertEquals("omsteps: --alert 'lag<5s' is not an alert rule — use e.g. --alert 'lag>30s for 5m' or --alert 'stalled 10m'\n",
                r.stderr());
    }

    @Test
    void aFailedDeliveryIsOneWarningWithTheUrlMasked() {
        for (int i = 0; i < 4; i++) {
            receiver.enqueue(new MockResponse.Builder().code(500).build());
        }
        CliRun.Result r = cli().run("watch", PrecheckFailedScenario.ID, "-o", "ndjson",
                "--notify", "slack:" + receiver.url("/services/T0/B0/sekrit"));
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("omsteps: warning: notification to slack http://"), r.stderr());
        assertTrue(r.stderr().contains("/*** failed after 4 tries: HTTP 500"), r.stderr());
        assertFalse(r.all().contains("sekrit"));
    }

    @Test
    void aNotifyingWatchWithoutAlertRulesAsksARunningProjectsImportanceOnceAndOnlyThen() {
        String running = dev.omsteps.sim.scenario.FullMigrationScenario.ID;
        CliRun.Result plain = cli().run("watch", running, "-o", "ndjson", "--interval", "2s", "--timeout", "10s");
        assertEquals(4, plain.exitCode(), plain.all());
        long polls = sim.stats().requests();
        assertTrue(polls >= 5, "a poll every 2 s for 10 s: " + polls);
        CliRun.Result notifying = cli().run("watch", running, "-o", "ndjson", "--interval", "2s", "--timeout", "10s",
                "--notify", "exec:true");
        assertEquals(4, notifying.exitCode(), notifying.all());
        assertEquals(polls + 1, sim.stats().requests() - polls, "the same polls and one DescribeProject for the whole watch");
        long before = sim.stats().requests();
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        cli().run("watch", PrecheckFailedScenario.ID, "-o", "ndjson", "--notify", receiver.url("/hook").toString());
        assertEquals(1, sim.stats().requests() - before, "a failed project is not asked its importance");
    }
}
