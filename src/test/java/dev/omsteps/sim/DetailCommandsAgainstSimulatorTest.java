package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.sim.scenario.VerifyDifferencesScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** verify, metrics and steps --components/--facts as a user runs them, against the simulator in both flavours. */
class DetailCommandsAgainstSimulatorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FakeClock scenarioClock = new FakeClock(CliRun.DEFAULT_NOW);
    private Simulator sim;

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    /** The CLI pointed at a fresh simulator of {@code flavour}; the arguments follow. */
    private CliRun.Result run(Flavour flavour, String... args) throws Exception {
        if (sim == null) {
            sim = new Simulator(SimulatorOptions.defaults().withClock(scenarioClock)
                    .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)), flavour);
            sim.start();
        }
        CliRun cli = new CliRun(home).env("COLUMNS", "100");
        // the connection options come after the command name
        List<String> all = new java.util.ArrayList<>(List.of(args));
        if (flavour == Flavour.CLOUD) {
            cli = cli.credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
            all.addAll(List.of("--endpoint", sim.endpoint().toString()));
        } else {
            cli = cli.env("OMSTEPS_OMS_USER", Simulator.selfHostedDemoUser()[0])
                    .env("OMSTEPS_OMS_PASSWORD", Simulator.selfHostedDemoUser()[1]);
            all.addAll(List.of("--oms-url", sim.endpoint().toString()));
        }
        return cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void verifyStopsACutoverWithTwoDifferentTablesListedFirst(Flavour flavour) throws Exception {
        CliRun.Result r = run(flavour, "verify", VerifyDifferencesScenario.ID);
        assertEquals(6, r.exitCode(), r.all());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("Full verification of " + VerifyDifferencesScenario.ID), lines.get(0));
        assertTrue(lines.get(2).startsWith("shop.orders ") && lines.get(2).contains("INCONSISTENT"), r.stdout());
        assertTrue(lines.get(3).startsWith("shop.payments "), r.stdout());
        assertTrue(r.stdout().contains("DIFFERENCES: 2 tables with differences or errors"), r.stdout());
        JsonNode doc = json.readTree(run(flavour, "verify", VerifyDifferencesScenario.ID, "-o", "json", "--page-size", "2").stdout());
        assertEquals("DIFFERENCES", doc.path("verdict").asText());
        assertEquals(5, doc.path("tables").size(), "three pages of two");
        assertEquals(15, doc.path("differentRows").asInt());
    }

    @Test
    void verifyWaitsForVerificationThenPasses() throws Exception {
        // an hour in, the full migration is still copying rows: nothing verified yet
        CliRun.Result early = run(Flavour.CLOUD, "verify", FullMigrationScenario.ID);
        assertEquals(7, early.exitCode(), early.all());
        assertTrue(early.stdout().contains("NOT FINISHED"), early.stdout());
        scenarioClock.advance(Duration.ofHours(5));
        CliRun.Result done = run(Flavour.CLOUD, "verify", FullMigrationScenario.ID);
        assertEquals(0, done.exitCode(), done.all());
        assertTrue(done.stdout().contains("CONSISTENT: all 6 tables consistent"), done.stdout());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void metricsDrawsTheLagAndExportsIt(Flavour flavour) throws Exception {
        CliRun.Result chart = run(flavour, "metrics", SteadySyncScenario.ID);
        assertEquals(0, chart.exitCode(), chart.all());
        List<String> lines = chart.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("INCR_TRANSFER DELAY (AVG)"), lines.get(0));
        assertEquals(13, lines.size(), "title, 10 rows, axis, times:\n" + chart.stdout());
        assertTrue(lines.stream().allMatch(l -> dev.omsteps.render.DisplayWidth.of(l) <= 100), chart.stdout());
        CliRun.Result csv = run(flavour, "metrics", SteadySyncScenario.ID, "--since", "2h", "--points", "24", "-o", "csv");
        assertEquals(25, csv.stdout().lines().count(), csv.stdout());
        assertTrue(csv.stdout().startsWith("time,timestamp,step,metric,series,value\n"));
        CliRun.Result tooShort = run(flavour, "metrics", SteadySyncScenario.ID, "--since", "30m");
        assertEquals(2, tooShort.exitCode(), tooShort.all());
        assertEquals(1, tooShort.stderr().lines().count(), tooShort.stderr());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void stepsShowsComponentsAndFacts(Flavour flavour) throws Exception {
        CliRun.Result r = run(flavour, "steps", SteadySyncScenario.ID, "--components", "--facts");
        assertEquals(0, r.exitCode(), r.all());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(1).contains("OB_MYSQL → KAFKA"), r.stdout());
        assertTrue(r.stdout().contains("Components\n"), r.stdout());
        assertTrue(r.stdout().contains("incremental sync  RUNNING  delay"), r.stdout());
        JsonNode doc = json.readTree(run(flavour, "steps", SteadySyncScenario.ID, "--components", "--facts", "-o", "json").stdout());
        assertEquals("SYNC", doc.path("project").path("type").asText());
        assertEquals("INCR_SYNC", doc.path("components").get(1).path("kind").asText());
    }
}
