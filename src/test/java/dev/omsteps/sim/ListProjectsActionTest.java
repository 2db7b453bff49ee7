package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListProjects as a V1-signed client sends it (every parameter in the query string), and its parameter checks. */
class ListProjectsActionTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Simulator sim;
    private SignedRequests requests;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(NOW))
                .withServerClock(Clock.fixed(NOW, ZoneOffset.UTC)).withScenarios(ScenarioCatalog.withFleet(3)));
        sim.start();
        requests = new SignedRequests(sim.port());
    }

    @AfterEach
    void stop() {
        sim.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private JsonNode list(Map<String, String> params, int expectedStatus) throws IOException {
        Request r = requests.v1("GET", "ListProjects", params, NOW, requests.nextNonce(), SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
        try (Response response = http.newCall(r).execute()) {
            assertEquals(expectedStatus, response.code());
            return json.readTree(response.body().string());
        }
    }

    @Test
    void v1InTheQueryStringWithEveryFilter() throws Exception {
        JsonNode page = list(Map.of("PageNumber", "2", "PageSize", "3", "Status", "[\"FAILED\",\"SUSPEND\"]"), 200);
        assertTrue(page.path("Success").asBoolean());
        assertEquals(2, page.path("PageNumber").asInt());
        assertEquals(9 + 6, page.path("TotalCount").asInt());
        assertEquals(3, page.path("Data").size());
        for (JsonNode p : page.path("Data")) {
            assertTrue(p.path("Status").asText().matches("FAILED|SUSPEND"), p.toString());
            assertTrue(p.path("Steps").isArray());
            assertTrue(p.path("ExtraInfo").has("RunningStep"));
        }
        JsonNode sync = list(Map.of("Type", "SYNC", "SearchKey", "SYNC-0", "PageSize", "150"), 200);
        for (JsonNode p : sync.path("Data")) {
            assertEquals("SYNC", p.path("Type").asText());
            assertTrue(p.path("Name").asText().contains("sync-0"));
            assertTrue(p.path("ExtraInfo").path("SyncDelay").asLong() >= 1);
        }
        assertTrue(list(Map.of(), 200).path("Data").size() == 10, "PageSize defaults to 10");
    }

    @Test
    void badParametersAreRefused() throws Exception {
        assertEquals("InvalidParameter", list(Map.of("PageSize", "151"), 400).path("Code").asText());
        assertEquals("InvalidParameter", list(Map.of("PageNumber", "0"), 400).path("Code").asText());
        assertEquals("InvalidParameter", list(Map.of("Status", "[\"RUNNING\""), 400).path("Code").asText());
    }
}
