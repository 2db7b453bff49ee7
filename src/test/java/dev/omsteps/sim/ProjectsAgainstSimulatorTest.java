package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.render.DisplayWidth;
import dev.omsteps.sim.scenario.ProjectFleet;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code omsteps projects} and {@code omsteps watch --all}, in-process, against a simulator serving the 200-project
 * fleet and the five standard scenarios. One fake clock drives the CLI, its sleeps and the simulated time, so a
 * watch over simulated hours takes milliseconds.
 */
class ProjectsAgainstSimulatorTest {

    static final int ALL = ProjectFleet.SIZE + ScenarioCatalog.standard().all().size();
    private final ObjectMapper json = new ObjectMapper();
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

    private JsonNode projectsJson(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("projects", "-o", "json"));
        args.addAll(List.of(filters));
        CliRun.Result r = cli().run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.all());
        return json.readTree(r.stdout());
    }

    private static Set<String> ids(JsonNode doc) {
        Set<String> ids = new HashSet<>();
        doc.path("projects").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    @Test
    void listsEveryProjectOverSeveralPages() throws Exception {
        JsonNode doc = projectsJson();
        assertEquals(1, doc.path("schemaVersion").asInt());
        assertEquals(ALL, doc.path("totalCount").asInt());
        assertEquals(ALL, doc.path("projects").size());
        assertEquals(ALL, ids(doc).size());
        assertTrue(ids(doc).contains("np_sim_full_migration"));
        // 206 projects at 100 a page
        assertEquals(3, sim.stats().requests());
    }

    @Test
    void smallPagesAreFetchedWithAtMostFourRequestsInFlight() throws Exception {
        JsonNode doc = projectsJson("--page-size", "5");
        assertEquals(ALL, ids(doc).size());
        assertEquals(42, sim.stats().requests());
        int max = sim.stats().maxInFlight();
        assertTrue(max >= 1 && max <= 4, "max in flight " + max);
    }

    @Test
    void statusFilterIsSentAsAJsonArray() throws Exception {
        JsonNode failed = projectsJson("--status", "FAILED");
        // 8 of the fleet and the failed pre-check
        assertEquals(9, failed.path("projects").size());
        failed.path("projects").forEach(p -> assertEquals("FAILED", p.path("status").asText()));
        assertEquals("FAILED", failed.path("filters").path("status").get(0).asText());

        // np_sim_suspended is suspended only 21 simulated minutes in
        JsonNode two = projectsJson("--status", "suspend,FAILED");
        assertEquals(9 + 6, two.path("projects").size());
        two.path("projects").forEach(p -> assertTrue(Set.of("FAILED", "SUSPEND").contains(p.path("status").asText())));
    }

    @Test
    void typeAndSearchFilters() throws Exception {
        JsonNode sync = projectsJson("--type", "sync");
        assertTrue(sync.path("projects").size() > 100);
        sync.path("projects").forEach(p -> assertEquals("SYNC", p.path("type").asText()));

        JsonNode billing = projectsJson("--search", "BILLING");
        assertTrue(billing.path("projects").size() > 0);
        assertTrue(billing.path("projects").size() < ALL);
        billing.path("projects").forEach(p -> assertTrue(p.path("name").asText().contains("billing"), p.toString()));

        JsonNode one = projectsJson("--search", "np_fleet_042");
        assertEquals(Set.of("np_fleet_042"), ids(one));

        JsonNode both = projectsJson("--type", "MIGRATION", "--status", "RUNNING", "--search", "orders");
        both.path("projects").forEach(p -> {
            assertEquals("MIGRATION", p.path("type").asText());
            assertEquals("RUNNING", p.path("status").asText());
            assertTrue(p.path("name").asText().contains("orders"));
        });
    }

    @Test
    void projectFieldsCarryTheCurrentStepAndItsProgress() throws Exception {
        JsonNode doc = projectsJson("--search", "np_sim_");
        assertEquals(6, doc.path("projects").size());
        for (JsonNode p : doc.path("projects")) {
            if (p.path("id").asText().equals("np_sim_precheck_failed")) {
                assertEquals("PRE_CHECK", p.path("currentStep").path("name").asText());
                assertEquals("failed", p.path("attention").asText());
                assertEquals("MYSQL", p.path("sourceEndpointType").asText());
                assertEquals("OB_MYSQL", p.path("sinkEndpointType").asText());
            }
            if (p.path("id").asText().equals("np_sim_sync_monitoring")) {
                assertEquals("INCR_TRANSFER", p.path("currentStep").path("name").asText());
                assertTrue(p.path("lagSeconds").asLong() >= 1);
                assertEquals("done", p.path("attention").asText());
            }
        }
    }

    @Test
    void tableHasOneRowPerProject() {
        CliRun.Result r = cli().env("COLUMNS", "200").run("projects", "--status", "FAILED");
        assertEquals(0, r.exitCode(), r.all());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(10, lines.size());
        assertTrue(lines.get(0).startsWith("ID"), lines.get(0));
        assertTrue(lines.get(0).contains("SOURCE → TARGET"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("FAILED")), r.stdout());
    }

    @Test
    void pipedTheColumnsDoNotDependOnTheWidth() {
        String at40 = cli().env("COLUMNS", "40").run("projects").stdout();
        String at200 = cli().env("COLUMNS", "200").run("projects").stdout();
        assertEquals(at200, at40, "a script parsing the piped list must not see columns come and go");
        String header = at40.lines().findFirst().orElseThrow();
        for (String column : List.of("ID", "NAME", "TYPE", "STATUS", "SOURCE → TARGET", "STEP", "PROGRESS")) {
            assertTrue(header.contains(column), header);
        }
        assertEquals(at200, cli().terminal(true).env("COLUMNS", "40").run("projects", "-o", "wide", "--color", "never").stdout(),
                "-o wide on a terminal has them all too");
        String fitted = cli().terminal(true).env("COLUMNS", "60").run("projects", "--color", "never").stdout();
        assertTrue(fitted.lines().allMatch(l -> l.length() <= 60), fitted);
    }

    @Test
    void badFiltersAreUsageErrors() {
        assertEquals(2, cli().run("projects", "--type", "BOTH").exitCode());
        assertEquals(2, cli().run("projects", "--status", "RUN NING").exitCode());
        assertEquals(2, cli().run("projects", "--page-size", "151").exitCode());
        assertEquals(2, cli().run("projects", "-o", "ndjson").exitCode());
        CliRun.Result none = cli().run("watch");
        assertEquals(2, none.exitCode());
        assertTrue(none.stderr().contains("project IDs or --all"), none.stderr());
        assertEquals("omsteps: watch needs project IDs or --all — e.g. omsteps watch np_4w3a5b6c, or omsteps watch --all\n", none.stderr());
        assertEquals(2, cli().run("watch", "--all", "np_sim_suspended").exitCode());
        assertEquals(2, cli().run("watch", "np_sim_suspended", "--status", "FAILED").exitCode());
        assertEquals(0, sim.stats().requests());
    }

    /** The last frame a terminal shows: what follows the last "erase to end of screen". */
    private static List<String> lastFrame(String out) {
        // a frame: the cursor moves up over the last one, the lines are overwritten, what is left below is erased
        String[] frames = out.split("\u001b\\[\\d+F");
        String last = frames[frames.length - 1];
        last = last.substring(0, Math.max(0, last.lastIndexOf("\u001b[J")));
        return last.lines().map(ProjectsAgainstSimulatorTest::plain).filter(l -> !l.isBlank()).toList();
    }

    private static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    /** Attention rank from a dashboard line: failed, suspended, lagging (a minute or more), running, done. */
    private static int rank(String line) {
        String status = line.split("\\s+")[0];
        if (status.equals("FAILED")) {
            return 0;
        }
        if (status.equals("SUSPEND")) {
            return 1;
        }
        if (line.matches(".*lag \\d+[mhd]\\d*.*")) {
            return 2;
        }
        return status.equals("MONITORING") || status.equals("FINISHED") ? 4 : 3;
    }

    @Test
    void dashboardPutsWhatNeedsAttentionFirstWithin80Columns() {
        CliRun.Result r = cli().terminal(true).env("COLUMNS", "80").env("LINES", "400")
                .run("watch", "--all", "--color", "always", "--interval", "10m", "--timeout", "1s");
        assertEquals(1, r.exitCode(), r.stderr());
        for (String l : r.stdout().split("\n")) {
            assertTrue(DisplayWidth.of(plain(l).replace("\r", "")) <= 80, "too wide: " + plain(l));
        }
        List<String> frame = lastFrame(r.stdout());
        if (Boolean.getBoolean("omsteps.show")) {
            System.out.println(String.join("\n", frame));
        }
        assertTrue(frame.get(0).startsWith(ALL + " projects"), frame.get(0));
        assertTrue(frame.get(1).startsWith("STATUS"), frame.get(1));
        List<String> rows = frame.subList(2, 2 + ALL);
        List<Integer> ranks = rows.stream().map(ProjectsAgainstSimulatorTest::rank).toList();
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) <= ranks.get(i), "out of order at " + i + ":\n" + rows.get(i - 1) + "\n" + rows.get(i));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), new HashSet<>(ranks));
        assertTrue(frame.get(frame.size() - 1).contains("watch ended"), frame.get(frame.size() - 1));
    }

    @Test
    void aLongDashboardIsCutToTheTerminalsHeight() {
        CliRun.Result r = cli().terminal(true).env("COLUMNS", "80").env("LINES", "24")
                .run("watch", "--all", "--timeout", "1s");
        List<String> frame = lastFrame(r.stdout());
        assertTrue(frame.size() <= 24, frame.size() + " lines");
        assertTrue(frame.stream().anyMatch(l -> l.contains("more, less urgent")), String.join("\n", frame));
        assertTrue(frame.get(2).startsWith("FAILED"), frame.get(2));
    }

    @Test
    void aFailedProjectMeansExit1() {
        CliRun.Result r = cli().run("watch", "--all", "--status", "FAILED");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("np_fleet_"), r.stdout());
        // the failed ones fit on one page; they have all ended after one round
        assertEquals(1, sim.stats().requests());
    }

    @Test
    void everythingWatchedForSimulatedHoursEndsOnTheFailures() {
        CliRun.Result r = cli().run("watch", "--all", "--interval", "30m", "--timeout", "8h");
        assertEquals(1, r.exitCode(), r.stderr());
        // piped: append-only lines, never an escape code
        assertFalse(r.stdout().contains("\u001b["));
        assertTrue(r.stdout().lines().anyMatch(l -> l.contains("Full migration: RUNNING → FINISHED")), r.stdout());
    }

    @Test
    void runningProjectsOutlastATimeoutOf2s() {
        CliRun.Result r = cli().run("watch", "--all", "--status", "RUNNING", "--timeout", "2s");
        assertEquals(4, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("np_fleet_001  timed out after 2s (exit 4)"), r.stdout());
        // two rounds of two pages (the RUNNING ones, synchronizations included, are more than 100): at 0 s and at 2 s
        assertEquals(4, sim.stats().requests());
    }

    @Test
    void suspendedOnlyMeansExit5() {
        CliRun.Result r = cli().run("watch", "--all", "--status", "SUSPEND", "-o", "ndjson");
        assertEquals(5, r.exitCode(), r.all());
        List<String> events = r.stdout().lines().toList();
        assertTrue(events.get(0).contains("\"event\":\"snapshot\""), events.get(0));
        assertTrue(events.get(events.size() - 1).contains("\"event\":\"done\""));
        assertTrue(events.get(events.size() - 1).contains("\"exitCode\":5"));
        assertTrue(events.stream().anyMatch(e -> e.contains("\"event\":\"project-done\"")));
    }

    @Test
    void aRefusedKeyIsExit3() {
        CliRun.Result r = cli().credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, "wrong-secret")
                .run("watch", "--all");
        assertEquals(3, r.exitCode(), r.all());
        CliRun.Result p = cli().credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, "wrong-secret").run("projects");
        assertEquals(3, p.exitCode(), p.all());
        assertTrue(p.stderr().toLowerCase(Locale.ROOT).contains("signature"), p.stderr());
    }

    @Test
    void helpDocumentsTheFilters() {
        String projects = cli().run("projects", "--help").stdout();
        for (String opt : List.of("--status", "--type", "--search", "MIGRATION", "SYNC", "-o")) {
            assertTrue(projects.contains(opt), opt + " in\n" + projects);
        }
        String watch = cli().run("watch", "--help").stdout();
        assertTrue(watch.contains("--all"), watch);
        assertTrue(watch.contains("--status"), watch);
    }
}
