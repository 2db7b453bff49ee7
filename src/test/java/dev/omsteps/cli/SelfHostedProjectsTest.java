package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.testing.CliRun;
import java.net.InetAddress;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projects} against a self-hosted OMS: ListProjects with a camelCase JSON body, statuses a real array. */
class SelfHostedProjectsTest {

    @TempDir
    Path home;

    @Test
    void listProjectsSendsCamelCaseFiltersAndReadsCamelCaseAnswers() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().body("{\"success\":true,\"totalCount\":1,\"cost\":\"13 ms\",\"data\":[{"
                    + "\"id\":\"np_self\",\"name\":\"self\",\"type\":\"SYNC\",\"status\":\"RUNNING\","
                    + "\"sourceEndpointType\":\"OB_MYSQL\",\"sinkEndpointType\":\"KAFKA\","
                    + "\"steps\":[{\"order\":1,\"name\":\"INCR_SYNC\",\"status\":\"MONITORING\",\"progress\":100}],"
                    + "\"extraInfo\":{\"runningStep\":\"INCR_SYNC\",\"syncDelay\":\"7\"}}]}").build());
            CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_URL", "http://127.0.0.1:" + server.getPort())
                    .run("projects", "--status", "RUNNING,FAILED", "--type", "sync", "--search", "sel", "-o", "json");
            assertEquals(0, r.exitCode(), r.all());
            RecordedRequest req = server.takeRequest();
            assertTrue(req.getTarget().contains("/api/v2?Action=ListProjects"), req.getTarget());
            JsonNode body = new ObjectMapper().readTree(req.getBody().utf8());
            assertEquals(1, body.path("pageNumber").asInt());
            assertEquals("RUNNING", body.path("status").get(0).asText());
            assertEquals("FAILED", body.path("status").get(1).asText());
            assertEquals("SYNC", body.path("type").asText());
            assertEquals("sel", body.path("searchKey").asText());
            JsonNode p = new ObjectMapper().readTree(r.stdout()).path("projects").get(0);
            assertEquals("np_self", p.path("id").asText());
            assertEquals(7, p.path("lagSeconds").asInt());
            assertEquals("INCR_SYNC", p.path("currentStep").path("name").asText());
        }
    }
}
