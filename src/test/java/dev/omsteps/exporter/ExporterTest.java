package dev.omsteps.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.ProjectFleet;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporter against the simulator's fleet, in-process on a fake clock: the page, the server, the textfile. */
class ExporterTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "exporter-standard.prom");
    private final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    private Simulator sim;

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock)
                .withScenarios(ScenarioCatalog.withFleet(7)));
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
    void textfileHoldsEveryProjectOfTheFleetUnderItsContext(@TempDir Path dir) throws Exception {
        CliRun.Result r = cli().run("exporter", "--textfile", dir.toString());
        assertEquals(0, r.exitCode(), r.all());
        String page = Files.readString(dir.resolve("omsteps.prom"));
        assertTrue(page.contains("omsteps_up{context=\"default\"} 1\n"), page);
        assertTrue(page.contains("omsteps_projects{context=\"default\"} " + (ProjectFleet.SIZE + ScenarioCatalog.standard().all().size()) + "\n"));
        java.util.Map<String, Long> verified = ProjectFleet.verificationDifferences(ScenarioCatalog.withFleet(7).all());
        assertTrue(verified.size() > 5 && verified.size() < VerificationDifferences.MAX_CALLS_PER_REFRESH, verified.toString());
        assertTrue(page.contains("omsteps_api_requests_total{context=\"default\"} " + (4 + verified.size()) + "\n"),
                "the fleet and the standard scenarios in 3 pages, and one look at each project whose verification ran");
        verified.forEach((id, rows) -> assertTrue(page.contains(
                "omsteps_verification_differences{context=\"default\",project=\"" + id + "\"} " + rows + "\n"), id + "\n" + page));
        assertTrue(verified.values().stream().anyMatch(n -> n == 0) && verified.values().stream().anyMatch(n -> n > 0),
                "some verifications found differences, some none: " + verified);
        assertTrue(page.contains("omsteps_verification_differences{context=\"default\",project=\"np_sim_verify_differences\"} 15\n"), page);
        assertTrue(page.contains("omsteps_project_stage{context=\"default\",project=\"np_sim_precheck_failed\",stage=\"failed\"} 1\n"), page);
        assertTrue(page.contains("omsteps_project_status{context=\"default\",project=\"np_sim_precheck_failed\",status=\"FAILED\"} 1\n"));
        assertTrue(page.contains("omsteps_incremental_lag_seconds{context=\"default\",project=\"np_sim_sync_monitoring\"} "));
        assertEquals(List.of(), Files.list(dir).filter(p -> !p.getFileName().toString().equals("omsteps.prom")).toList(),
                "no temporary file left behind");
    }

    @Test
    void aFullDiskUnderTheTextfileIsOneLineExit74AndNothingHalfWritten(@TempDir Path dir) throws Exception {
        Path prom = Files.createSymbolicLink(dir.resolve("omsteps.prom"), Path.of("/dev/full"));
        CliRun.Result r = cli().run("exporter", "--textfile", dir.toString());
        assertEquals(74, r.exitCode(), r.all());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("cannot write " + prom + ": No space left on device"), r.stderr());
        assertTrue(Files.isSymbolicLink(prom) && !Files.isRegularFile(Path.of("/dev/full")));
        assertEquals(List.of(prom), Files.list(dir).toList(), "no temporary file left behind");
    }

    @Test
    void theFiltersOfProjectsApply(@TempDir Path dir) throws Exception {
        CliRun.Result r = cli().run("exporter", "--textfile", dir.toString(), "--status", "FAILED");
        assertEquals(0, r.exitCode(), r.all());
        String page = Files.readString(dir.resolve("omsteps.prom"));
        assertTrue(page.lines().filter(l -> l.startsWith("omsteps_project_status{")).allMatch(l -> l.contains("status=\"FAILED\"")), page);
    }

    @Test
    void badOptionsAreOneLineAndExit2(@TempDir Path dir) {
        CliRun.Result r = cli().run("exporter", "--listen", "nowhere");
        assertEquals(2, r.exitCode());
        assertEquals("omsteps: --listen 'nowhere' is not HOST:PORT — e.g. --listen 127.0.0.1:9464\n", r.stderr());
        r = cli().run("exporter", "--textfile", dir.resolve("missing").toString());
        assertEquals(2, r.exitCode());
    }

    static FleetRefresher refresher(Simulator s, java.time.Clock clock, dev.omsteps.time.Sleeper sleeper, String context) {
        return refresher(s, clock, sleeper, context, false);
    }

    /** With {@code verification}, wired as the exporter command wires it: the verification gauge included. */
    static FleetRefresher refresher(Simulator s, java.time.Clock clock, dev.omsteps.time.Sleeper sleeper, String context,
                                    boolean verification) {
        CloudSettings settings = new CloudSettings(s.endpoint(), "cn-hangzhou", new StaticCredentials(new Credentials(
                SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "test")));
        ApiClient client = ApiClient.cloud(settings, ClientOptions.defaults().withTime(clock, sleeper)
                .withRetry(new dev.omsteps.api.RetryPolicy(1, Duration.ZERO, Duration.ZERO)), "omsteps-test");
        return new FleetRefresher(context, new ProjectLister(client, 100, 4), ProjectQuery.ALL, Duration.ofSeconds(30), clock,
                verification ? new VerificationDifferences(client) : null);
    }

    static Exporter exporter(Simulator s, java.time.Clock clock, dev.omsteps.time.Sleeper sleeper, String context) {
        return exporter(s, clock, sleeper, context, false);
    }

    static Exporter exporter(Simulator s, java.time.Clock clock, dev.omsteps.time.Sleeper sleeper, String context,
                             boolean verification) {
        return new Exporter(List.of(refresher(s, clock, sleeper, context, verification)), clock, sleeper);
    }

    @Test
    void servesThePageAndOpenMetricsWhenAsked() throws Exception {
        try (Exporter e = exporter(sim, clock, clock.sleeper(), "prod")) {
            e.startRefreshing(1, t -> { });
            e.awaitRefreshes();
            var address = e.listen(new java.net.InetSocketAddress("127.0.0.1", 0));
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + address.getPort() + "/metrics");
            HttpResponse<String> text = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, text.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", text.headers().firstValue("Content-Type").orElse(""));
            assertTrue(text.body().contains("# TYPE omsteps_api_requests_total counter\n"));
            assertTrue(text.body().contains("omsteps_up{context=\"prod\"} 1\n"));
            HttpResponse<String> om = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/openmetrics-text; version=1.0.0").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(om.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
            assertTrue(om.body().endsWith("# EOF\n"));
            assertTrue(om.body().contains("# TYPE omsteps_api_requests counter\nomsteps_api_requests_total{context=\"prod\"} 3\n"));
            assertEquals(3, sim.stats().requests(), "two scrapes made no API call");
        }
    }

    @Test
    void aFailedRefreshKeepsTheLastListingSaysDownAndBacksOff() throws Exception {
        FleetRefresher r = refresher(sim, clock, clock.sleeper(), "prod");
        assertEquals(Duration.ofSeconds(30), r.refresh());
        sim.close();
        assertEquals(Duration.ofSeconds(60), r.refresh(), "backs off");
        assertEquals(Duration.ofSeconds(120), r.refresh());
        var reading = r.reading();
        assertEquals(false, reading.up());
        assertEquals(ProjectFleet.SIZE + ScenarioCatalog.standard().all().size(), reading.projects().size(), "the last listing is kept");
        assertEquals(java.util.Map.of("network", 2L), reading.apiErrors());
    }

    @Test
    void thePageOfTheStandardScenariosMatchesItsGoldenFile() throws Exception {
        Simulator standard = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock));
        standard.start();
        try (standard; Exporter e = exporter(standard, clock, clock.sleeper(), "prod")) {
            e.startRefreshing(1, t -> { });
            e.awaitRefreshes();
            String page = e.page(false);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(GOLDEN, page, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), page,
                    "the exposition differs from " + GOLDEN + " (regenerate with -Dgolden.update=true if intended)");
        }
    }
}
