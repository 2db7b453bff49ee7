package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.testing.Captures;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator answers as the captured answers of real OMS do (src/test/resources/captures, sources in its README):
 * a migration that has done all it can alone looks like {@code odc-project-step.json}, a ListProjects page like
 * {@code odc-list-projects.json}, the OCP-style envelope like {@code odc-ocp-envelope-steps.json}; the cloud flavour
 * keeps the cloud's names as the published example {@code doc-describe-project-steps.json} does.
 */
class AnswersLikeCapturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = new FullMigrationScenario().switchoverWaitsFrom().orElseThrow();

    @TempDir
    Path home;

    private final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    private final OkHttpClient http = new OkHttpClient();
    private Simulator sim;
    private SignedRequests signed;

    /** One signer per simulator: its nonces must not repeat. */
    private SignedRequests signed() {
        if (signed == null) {
            signed = new SignedRequests(sim.port());
        }
        return signed;
    }

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private void start(Flavour flavour, SimulatorOptions options) throws IOException {
        sim = new Simulator(options.withClock(clock).withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)), flavour);
        sim.start();
    }

    private JsonNode selfHosted(String action, String body) throws IOException {
        String[] user = Simulator.selfHostedDemoUser();
        Request r = new Request.Builder().url(sim.endpoint() + "/api/v2?Action=" + action)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8)))
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = http.newCall(r).execute()) {
            assertEquals(200, response.code());
            return JSON.readTree(response.body().string());
        }
    }

    private JsonNode steps() throws IOException {
        return selfHosted("DescribeProjectSteps", "{\"id\":\"" + FullMigrationScenario.ID + "\"}").path("data");
    }

    private static JsonNode named(JsonNode steps, String name) {
        for (JsonNode s : steps) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no step " + name + " in " + steps);
    }

    private static Set<String> keys(JsonNode o) {
        Set<String> out = new LinkedHashSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private int control(String project) throws IOException {
        Request r = new Request.Builder().url(sim.endpoint() + Simulator.SWITCHOVER_PATH + "?project=" + project)
                .post(RequestBody.create(new byte[0])).build();
        try (Response response = http.newCall(r).execute()) {
            return response.code();
        }
    }

    @Test
    void aMigrationReadyForSwitchoverLooksLikeTheCapturedOne() throws Exception {
        JsonNode capture = JSON.readTree(Captures.text("odc-project-step.json"));
        start(Flavour.SELFHOSTED, SimulatorOptions.defaults());
        clock.advance(READY.plusMinutes(5));
        JsonNode steps = steps();

        Set<String> capturedNames = new LinkedHashSet<>();
        capture.forEach(s -> capturedNames.add(s.path("name").asText()));
        for (JsonNode s : steps) {
            // the schema step is not in that capture (its project had none); every other name is as captured
            String name = s.path("name").asText();
            assertTrue(capturedNames.contains(name) || name.equals("STRUCT_TRANSFER"), name + " is not a captured name " + capturedNames);
            assertEquals(keys(capture.get(0).path("extraInfo")), keys(s.path("extraInfo")), "every ExtraInfo key sent");
            s.path("extraInfo").forEach(v -> assertTrue(v.isNull(), "null, as captured: " + s));
        }
        assertEquals(keys(named(capture, "FULL_TRANSFER").path("stepInfo")), keys(named(steps, "FULL_TRANSFER").path("stepInfo")),
                "StepInfo keys as captured, srcRtRef and srcIopsRef included");
        assertEquals(keys(named(capture, "FULL_VERIFIER").path("stepInfo")), keys(named(steps, "FULL_VERIFIER").path("stepInfo")));
        for (String name : List.of("TRANSFER_PRECHECK", "TRANSFER_INCR_LOG_PULL", "FULL_TRANSFER", "INCR_TRANSFER", "FULL_VERIFIER",
                "TRANSFER_APP_SWITCH")) {
            JsonNode ours = named(steps, name);
            JsonNode real = named(capture, name);
            assertEquals(real.path("status").asText(), ours.path("status").asText(), name);
            assertEquals(real.path("progress").asInt(), ours.path("progress").asInt(), name);
            assertEquals(real.path("finishTime").isNull(), ours.path("finishTime").isNull(), name + " finishTime");
        }
        assertEquals(capture.get(5).path("stepInfo"), named(steps, "TRANSFER_APP_SWITCH").path("stepInfo"),
                "{\"checkpointSampleTimestamp\": null}");

        // and it stays so: nobody started the switchover
        clock.advance(Duration.ofDays(2));
        assertEquals("INIT", named(steps(), "TRANSFER_APP_SWITCH").path("status").asText());
    }

    @Test
    void theCloudFlavourKeepsTheCloudsNames() throws Exception {
        assertEquals("PRE_CHECK", JSON.readTree(Captures.text("doc-describe-project-steps.json")).path("Data").get(0).path("Name").asText());
        start(Flavour.CLOUD, SimulatorOptions.defaults());
        clock.advance(READY.plusMinutes(5));
        List<String> names = new ArrayList<>();
        try (Response r = http.newCall(signed().v3(FullMigrationScenario.ID, CliRun.DEFAULT_NOW)).execute()) {
            JsonNode doc = JSON.readTree(r.body().string());
            doc.path("Data").forEach(s -> names.add(s.path("Name").asText()));
            assertEquals(5, keys(doc.path("Data").get(0).path("ExtraInfo")).size(), "every ExtraInfo key: " + doc);
        }
        assertEquals(List.of("PRE_CHECK", "STRUCT_TRANSFER", "FULL_TRANSFER", "FULL_VERIFIER", "INCR_LOG_PULL", "INCR_TRANSFER",
                "TRANSFER_APP_SWITCH"), names);
    }

    @Test
    void listProjectsStepOrdersHaveAGapAsCaptured() throws Exception {
        List<Integer> captured = new ArrayList<>();
        JSON.readTree(Captures.text("odc-list-projects.json")).path("data").get(0).path("steps")
                .forEach(s -> captured.add(s.path("order").asInt()));
        assertEquals(List.of(1, 3, 4), captured);
        start(Flavour.SELFHOSTED, SimulatorOptions.defaults());
        clock.advance(READY.plusMinutes(5));
        JsonNode page = selfHosted("ListProjects", "{\"searchKey\":\"full-migration\"}");
        assertEquals("13 ms", page.path("cost").asText());
        List<Integer> orders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        page.path("data").get(0).path("steps").forEach(s -> {
            orders.add(s.path("order").asInt());
            names.add(s.path("name").asText());
        });
        assertEquals(List.of(1, 2, 3, 4, 6, 7), orders, "the log pull's order left out");
        assertEquals("TRANSFER_PRECHECK", names.get(0));
        assertFalse(names.contains("TRANSFER_INCR_LOG_PULL"));
    }

    @Test
    void theOcpEnvelopeIsTheCapturedOne() throws Exception {
        JsonNode capture = JSON.readTree(Captures.text("odc-ocp-envelope-steps.json"));
        start(Flavour.SELFHOSTED, SimulatorOptions.defaults().withOcpEnvelope(true));
        JsonNode doc = selfHosted("DescribeProjectSteps", "{\"id\":\"" + FullMigrationScenario.ID + "\"}");
        assertEquals(keys(capture), keys(doc));
        assertEquals(200, doc.path("Code").asInt());
        assertTrue(doc.path("Code").isNumber() && doc.path("Cost").isNumber());
        assertEquals(capture.path("Message"), doc.path("Message"));
        assertEquals(capture.path("ErrorCode"), doc.path("ErrorCode"));
        assertEquals("TRANSFER_PRECHECK", doc.path("Data").get(0).path("name").asText(), "camelCase steps inside");
    }

    @Test
    void theSwitchoverWaitsUntilStartedThroughTheControl() throws Exception {
        start(Flavour.SELFHOSTED, SimulatorOptions.defaults());
        assertEquals(409, control(FullMigrationScenario.ID), "not ready for switchover yet");
        assertEquals(404, control("np_nobody"));
        clock.advance(READY.plusMinutes(5));

        // a watch on the same clock ends by itself, ready for switchover, naming the step
        CliRun.Result watch = new CliRun(home).clock(clock).sleeper(clock.sleeper())
                .env("OMSTEPS_OMS_USER", Simulator.selfHostedDemoUser()[0]).env("OMSTEPS_OMS_PASSWORD", Simulator.selfHostedDemoUser()[1])
                .run("watch", FullMigrationScenario.ID, "--oms-url", sim.endpoint().toString(), "--interval", "10s");
        assertEquals(0, watch.exitCode(), watch.all());
        assertTrue(watch.stdout().contains("ready for switchover") && watch.stdout().contains("TRANSFER_APP_SWITCH"), watch.stdout());

        assertEquals(200, control(FullMigrationScenario.ID));
        assertEquals(200, control(FullMigrationScenario.ID), "already started: no harm");
        assertEquals("RUNNING", named(steps(), "TRANSFER_APP_SWITCH").path("status").asText());
        clock.advance(Duration.ofMinutes(2));
        JsonNode after = steps();
        assertEquals("FINISHED", named(after, "TRANSFER_APP_SWITCH").path("status").asText());
        assertEquals("FINISHED", named(after, "INCR_TRANSFER").path("status").asText());
    }

    @Test
    void anAutomaticSwitchoverStartsByItself() throws Exception {
        start(Flavour.CLOUD, SimulatorOptions.defaults().withAutoSwitchover(Duration.ofMinutes(20)));
        clock.advance(READY.plusMinutes(19));
        assertEquals("INIT", cloudSwitchover());
        clock.advance(Duration.ofMinutes(3));
        assertEquals("FINISHED", cloudSwitchover());
    }

    private String cloudSwitchover() throws IOException {
        try (Response r = http.newCall(signed().v3(FullMigrationScenario.ID, CliRun.DEFAULT_NOW)).execute()) {
            JsonNode data = JSON.readTree(r.body().string()).path("Data");
            return data.get(data.size() - 1).path("Status").asText();
        }
    }
}
