package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One --lag-threshold, one default: steps' stage and the report's verdict follow it as watch does. */
class LagThresholdCliTest {

    private final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    private Simulator sim;

    @TempDir
    Path home;

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

    private JsonNode stepsJson(String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        args[0] = "steps";
        args[1] = "np_sim_sync_monitoring";
        args[2] = "-o";
        args[3] = "json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun.Result r = cli().run(args);
        assertEquals(0, r.exitCode(), r.all());
        return new ObjectMapper().readTree(r.stdout());
    }

    @Test
    void stepsJudgesTheStageWithTheThresholdGiven() throws Exception {
        JsonNode byDefault = stepsJson();
        assertEquals("syncing", byDefault.path("stage").asText(), "a couple of seconds behind: steady sync at 60s");
        long lag = byDefault.path("lag").path("seconds").asLong(byDefault.path("lag").path("lagSeconds").asLong(-1));
        assertTrue(lag >= 1, byDefault.path("lag").toString());
        assertEquals("lagging", stepsJson("--lag-threshold", "1s").path("stage").asText());
    }

    @Test
    void projectsJudgesTheStageWithTheThresholdGivenToo() throws Exception {
        JsonNode byDefault = project(cli().run("projects", "-o", "json", "--search", "np_sim_sync_monitoring"));
        assertEquals("syncing", byDefault.path("stage").asText(), byDefault.toString());
        JsonNode strict = project(cli().run("projects", "-o", "json", "--search", "np_sim_sync_monitoring", "--lag-threshold", "1s"));
        assertEquals("lagging", strict.path("stage").asText(), strict.toString());
        assertEquals("lagging", strict.path("attention").asText());
        CliRun.Result table = cli().run("projects", "--search", "np_sim_sync_monitoring", "--lag-threshold", "1s");
        assertTrue(table.stdout().contains("LAGGING"), table.stdout());
    }

    private static JsonNode project(CliRun.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.all());
        for (JsonNode p : new ObjectMapper().readTree(r.stdout()).path("projects")) {
            if (p.path("id").asText().equals("np_sim_sync_monitoring")) {
                return p;
            }
        }
        throw new AssertionError("not listed: " + r.stdout());
    }

    @Test
    void aThresholdThatIsNotADurationIsOneLineAndExit2() {
        CliRun.Result r = cli().run("steps", "np_sim_sync_monitoring", "--lag-threshold", "soon");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
    }
}
