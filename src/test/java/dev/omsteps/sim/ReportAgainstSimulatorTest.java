package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.VerifyDifferencesScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code omsteps report} as a user runs it, against the simulator in both flavours. */
class ReportAgainstSimulatorTest {

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

    private CliRun.Result run(Flavour flavour, String... args) throws Exception {
        if (sim == null) {
            sim = new Simulator(SimulatorOptions.defaults().withClock(scenarioClock)
                    .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)), flavour);
            sim.start();
        }
        CliRun cli = new CliRun(home);
        List<String> all = new java.util.ArrayList<>();
        if (flavour == Flavour.CLOUD) {
            cli = cli.credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
            all.addAll(List.of("--endpoint", sim.endpoint().toString()));
        } else {
            cli = cli.env("OMSTEPS_OMS_USER", Simulator.selfHostedDemoUser()[0])
                    .env("OMSTEPS_OMS_PASSWORD", Simulator.selfHostedDemoUser()[1]);
            all.addAll(List.of("--oms-url", sim.endpoint().toString()));
        }
        all.addAll(0, List.of(args)); // the connection options belong to the command, after it
        return cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void markdownSaysNotReadyAndListsTheDifferingTablesFirst(Flavour flavour) throws Exception {
        CliRun.Result r = run(flavour, "report", VerifyDifferencesScenario.ID, "-o", "md");
        assertEquals(0, r.exitCode(), r.all());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("# Cutover report: np\\_sim\\_verify\\_differences", lines.get(0));
        assertTrue(lines.get(2).startsWith("**⛔ NOT READY: full verification: 2 tables with differences"), lines.get(2));
        String md = r.stdout();
        int orders = md.indexOf("| shop.orders |");
        int payments = md.indexOf("| shop.payments |");
        int customers = md.indexOf("| shop.customers |");
        assertTrue(orders > 0 && orders < payments && payments < customers, md);
        assertTrue(md.contains("| Incremental lag | INCR\\_TRANSFER DELAY |"), md);
        assertTrue(md.contains(flavour == Flavour.CLOUD ? "OceanBase Cloud OpenAPI at http://127.0.0.1:" : "self-hosted OMS at http://127.0.0.1:"), md);
        assertTrue(md.contains("## Components"), md);
        assertFalse(md.contains("## Not fetched"), md);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void htmlIsOneSelfContainedPageWithChartsAndTheVerdictFirst(Flavour flavour) throws Exception {
        Path file = home.resolve("cutover.html");
        CliRun.Result r = run(flavour, "report", VerifyDifferencesScenario.ID, "--out", file.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("report written to") && r.stderr().contains("NOT READY"), r.stderr());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.indexOf("id=\"verdict\"") < html.indexOf("<section"), "the verdict comes first");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing fetched");
        assertEquals(3, count(html, "<figure>"), "lag, incremental rows per second, full migration rows per second");
        assertTrue(count(html, "<polyline class=\"series\"") >= 1, "the lag is drawn");
        assertEquals(6, count(html, "<rect class=\"bar "), "a bar per started step (not the switchover)");
        try (var dir = Files.list(home)) {
            assertEquals(0, dir.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a document to pass around, not a private temporary file");
    }

    @Test
    void aConsistentCaughtUpMigrationIsReadyForSwitchover() throws Exception {
        CliRun.Result early = run(Flavour.CLOUD, "report", FullMigrationScenario.ID, "-o", "json");
        JsonNode first = json.readTree(early.stdout());
        assertFalse(first.path("verdict").path("ready").asBoolean(), early.stdout());
        assertTrue(first.path("verdict").path("blockers").toString().contains("Schema migration, Full migration, Full verification, Incremental log pull, Incremental sync have not started"), early.stdout());
        scenarioClock.advance(Duration.ofHours(5));
        CliRun.Result r = run(Flavour.CLOUD, "report", FullMigrationScenario.ID, "-o", "json");
        assertEquals(0, r.exitCode(), r.all());
        JsonNode doc = json.readTree(r.stdout());
        assertTrue(doc.path("verdict").path("ready").asBoolean(), doc.path("verdict").toString());
        assertEquals("READY FOR SWITCHOVER", doc.path("verdict").path("headline").asText());
        assertEquals("CONSISTENT", doc.path("verification").path("verdict").asText());
        assertEquals(0, doc.path("gaps").size());
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws Exception {
        CliRun.Result shortWindow = run(Flavour.CLOUD, "report", VerifyDifferencesScenario.ID, "--since", "30m");
        assertEquals(2, shortWindow.exitCode(), shortWindow.all());
        assertEquals(1, shortWindow.stderr().lines().count(), shortWindow.stderr());
        CliRun.Result table = run(Flavour.CLOUD, "report", VerifyDifferencesScenario.ID, "-o", "table");
        assertEquals(2, table.exitCode(), table.all());
        CliRun.Result noDir = run(Flavour.CLOUD, "report", VerifyDifferencesScenario.ID, "--out", home.resolve("no/such/dir/r.html").toString());
        assertEquals(2, noDir.exitCode(), noDir.all());
        assertEquals(1, noDir.stderr().lines().count(), noDir.stderr());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aReportToAFullDiskIsOneLineExit74AndTheDeviceStays() throws Exception {
        Path link = Files.createSymbolicLink(home.resolve("cutover.html"), Path.of("/dev/full"));
        CliRun.Result r = run(Flavour.CLOUD, "report", VerifyDifferencesScenario.ID, "--out", link.toString());
        assertEquals(74, r.exitCode(), r.all());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("omsteps: cannot write " + link + ": No space left on device"), r.stderr());
        assertFalse(Files.isRegularFile(Path.of("/dev/full")), "the device was written into, not replaced");
        CliRun.Result missing = run(Flavour.CLOUD, "report", VerifyDifferencesScenario.ID, "--out", home.resolve("no/such.html").toString());
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.stderr().contains("no such folder"), missing.stderr());
    }
}
