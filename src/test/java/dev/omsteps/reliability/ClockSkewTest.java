package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.SimulatorStats;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client whose clock is off: the simulator checks each request's {@code x-acs-date} against its own server clock, as
 * the gateway does (15 minutes either way), and the CLI must explain {@code InvalidTimeStamp.Expired} as a clock
 * problem, not as bad credentials — and not retry it, since retrying cannot help.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClockSkewTest {

    private static final Instant SERVER_NOW = CliRun.DEFAULT_NOW;

    @TempDir
    Path home;
    private Simulator sim;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(Clock.fixed(SERVER_NOW, ZoneOffset.UTC))
                .withServerClock(Clock.fixed(SERVER_NOW, ZoneOffset.UTC)));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CliRun cli(Duration skew) {
        FakeClock clock = new FakeClock(SERVER_NOW.plus(skew));
        return new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET)
                .env("OMSTEPS_ENDPOINT", sim.endpoint().toString()).clock(clock).sleeper(clock.sleeper());
    }

    @ParameterizedTest(name = "client clock off by {0} minutes")
    @ValueSource(ints = {20, -20, 24 * 60, -7 * 24 * 60})
    void skewedClockIsExplainedAsAClockProblem(int minutes) {
        CliRun.Result r = cli(Duration.ofMinutes(minutes)).run("steps", SteadySyncScenario.ID);
        assertEquals(3, r.exitCode(), r.all());
        List<String> lines = r.stderr().lines().toList();
        assertEquals(1, lines.size(), r.stderr());
        String line = lines.get(0);
        assertTrue(line.startsWith("omsteps: the gateway says this machine's clock is off (InvalidTimeStamp.Expired)"), line);
        assertTrue(line.contains(" — sync the system clock"), line);
        assertTrue(line.contains("within 15 minutes"), line);
        assertEquals("", r.stdout());
        SimulatorStats stats = sim.stats();
        assertEquals(1, stats.requests(), "a clock problem is not retried");
        assertEquals(1, stats.gatewayRefusals());
    }

    @ParameterizedTest(name = "client clock off by {0} minutes")
    @ValueSource(ints = {14, -14, 0})
    void skewWithinTheGatewaysToleranceWorks(int minutes) {
        CliRun.Result r = cli(Duration.ofMinutes(minutes)).run("steps", SteadySyncScenario.ID);
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("MONITORING"), r.stdout());
    }

    @Test
    void watchStopsAtOnceOnASkewedClock() throws Exception {
        CliRun.Result r = cli(Duration.ofHours(2)).run("watch", SteadySyncScenario.ID, "-o", "ndjson", "--max-errors", "10");
        assertEquals(3, r.exitCode(), r.all());
        List<String> lines = r.stdout().lines().toList();
        JsonNode error = new ObjectMapper().readTree(lines.get(0));
        assertEquals("poll-error", error.path("event").asText());
        assertEquals("clock_skew", error.path("kind").asText());
        assertEquals("InvalidTimeStamp.Expired", error.path("code").asText());
        assertEquals(false, error.path("willRetry").asBoolean(true), "waiting does not fix a clock");
        assertEquals(1, sim.stats().requests());
        assertEquals(3, new ObjectMapper().readTree(lines.get(lines.size() - 1)).path("exitCode").asInt());
    }
}
