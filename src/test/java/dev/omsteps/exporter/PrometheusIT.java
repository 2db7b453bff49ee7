package dev.omsteps.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.model.FleetReading;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.ProjectFleet;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.time.Sleeper;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter as monitoring sees it, with the real tools from Debian's {@code prometheus} package:
 * {@code promtool} checks the exposition and runs the example rules' tests, and a Prometheus server
 * scrapes the exporter while it reads the simulator and answers PromQL with the fleet's figures.
 * In CI ({@code CI=true}) a missing binary fails the test; elsewhere it is skipped, saying why.
 */
class PrometheusIT {

    private final ObjectMapper json = new ObjectMapper();

    private static Path tool(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        Optional<Path> found = java.util.Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String why = name + " is not installed (Debian: apt-get install -y prometheus)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " — CI must run this test");
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    private static String run(Path dir, String stdin, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " said:\n" + out);
        return out;
    }

    @Test
    void promtoolAcceptsTheExpositionAndTheExampleRulesPassTheirTests() throws Exception {
        Path promtool = tool("promtool");
        Simulator sim = new Simulator(SimulatorOptions.defaults().withScenarios(ScenarioCatalog.withFleet(7)));
        sim.start();
        try (sim; Exporter e = ExporterTest.exporter(sim, Clock.systemUTC(), Sleeper.REAL, "prod", true)) {
            e.startRefreshing(1, t -> { });
            e.awaitRefreshes();
            String page = e.page(false);
            assertTrue(page.contains("omsteps_verification_differences{context=\"prod\",project=\"np_fleet_"),
                    "the fleet's verifications are in the exposition promtool checks");
            run(Path.of("."), page, promtool.toString(), "check", "metrics");
        }
        Path docs = Path.of("docs", "monitoring");
        run(docs, "", promtool.toString(), "check", "rules", "omsteps-alerts.yml");
        run(docs, "", promtool.toString(), "test", "rules", "omsteps-alerts.test.yml");
    }

    @Test
    void prometheusScrapesTheExporterAndAnswersPromQl(@TempDir Path dir) throws Exception {
        Path prometheus = tool("prometheus");
        Simulator sim = new Simulator(SimulatorOptions.defaults().withScenarios(ScenarioCatalog.withFleet(7)));
        sim.start();
        Process server = null;
        try (sim; Exporter e = new Exporter(List.of(ExporterTest.refresher(sim, Clock.systemUTC(), Sleeper.REAL, "prod", true)),
                Clock.systemUTC(), Sleeper.REAL)) {
            e.startRefreshing(0, t -> { });
            InetSocketAddress exporter = e.listen(new InetSocketAddress("127.0.0.1", 0));
            int port = freePort();
            Files.writeString(dir.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                    scrape_configs:
                      - job_name: omsteps
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(exporter.getPort()));
            server = new ProcessBuilder(prometheus.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            // wait for the first listing, so the expected figures are known
            Instant deadline = Instant.now().plusSeconds(60);
            while (e.readings().get(0).listedAt() == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            FleetReading reading = e.readings().get(0);
            long failed = reading.projects().stream().filter(p -> "FAILED".equals(p.status())).count();
            assertEquals(ProjectFleet.SIZE + ScenarioCatalog.standard().all().size(), reading.projects().size());
            assertEquals(ProjectFleet.SIZE + ScenarioCatalog.standard().all().size(), query(port, "omsteps_projects{context=\"prod\"}", deadline, dir));
            assertEquals(failed, query(port, "count(omsteps_project_status{context=\"prod\",status=\"FAILED\"} == 1)", deadline, dir));
            assertEquals(1, query(port, "omsteps_up{job=\"omsteps\",context=\"prod\"}", deadline, dir));
            ProjectSummary sync = reading.projects().stream().filter(p -> p.id().equals("np_sim_sync_monitoring")).findFirst().orElseThrow();
            assertTrue(sync.lag() != null);
            assertTrue(query(port, "omsteps_incremental_lag_seconds{project=\"np_sim_sync_monitoring\"}", deadline, dir) >= 0);
            // the fleet's verifications: the differing rows of each, summed by Prometheus, and how many found any
            java.util.Map<String, Long> verified = ProjectFleet.verificationDifferences(ScenarioCatalog.withFleet(7).all());
            long rows = verified.values().stream().mapToLong(Long::longValue).sum();
            long differing = verified.values().stream().filter(n -> n > 0).count();
            assertTrue(rows > 0 && differing > 0, verified.toString());
            assertEquals(verified.size(), query(port, "count(omsteps_verification_differences{context=\"prod\",project=~\"np_fleet_.*\"})",
                    deadline, dir));
            assertEquals(rows, query(port, "sum(omsteps_verification_differences{context=\"prod\",project=~\"np_fleet_.*\"})",
                    deadline, dir));
            assertEquals(differing, query(port,
                    "count(omsteps_verification_differences{context=\"prod\",project=~\"np_fleet_.*\"} > 0)", deadline, dir));
            String one = verified.entrySet().stream().filter(en -> en.getValue() > 0).findFirst().orElseThrow().getKey();
            assertEquals((double) verified.get(one), query(port, "omsteps_verification_differences{project=\"" + one + "\"}", deadline, dir));
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    /** The first value of an instant query, asked until Prometheus has scraped enough to answer. */
    private double query(int port, String promql, Instant deadline, Path dir) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.body();
                JsonNode result = json.readTree(r.body()).path("data").path("result");
                if (r.statusCode() == 200 && result.size() > 0) {
                    return Double.parseDouble(result.get(0).path("value").get(1).asText());
                }
            } catch (IOException notUpYet) {
                last = notUpYet.toString();
            }
            Thread.sleep(250);
        }
        return fail("Prometheus did not answer " + promql + ": " + last + "\n" + Files.readString(dir.resolve("prometheus.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
