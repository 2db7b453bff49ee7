package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.LoopbackServer;
import dev.omsteps.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI, over real HTTP on loopback, against okhttp's MockWebServer. */
class StepsCommandTest {

    static final String AK = "LTAI5tTestKey";
    static final String SECRET = "TopSecretValue-9f8e7d";

    @TempDir
    Path home;
    @LoopbackServer
    MockWebServer server;

    CliRun cli() {
        return new CliRun(home).credentials(AK, SECRET)
                .env("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort());
    }

    static MockResponse json(int code, byte[] body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=utf-8")
                .body(new Buffer().write(body)).build();
    }

    static MockResponse json(int code, String body) {
        return json(code, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsWhatTheOfficialSdkSendsSignedSoTheOfficialUtilAgrees() throws Exception {
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result r = cli().run("steps", "np_4w3a5b6c");
        assertEquals(0, r.exitCode(), r.stderr());

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("POST", req.getMethod());
        assertEquals("/", req.getUrl().encodedPath());
        assertEquals("Id=np_4w3a5b6c", req.getBody().utf8());
        assertEquals("application/x-www-form-urlencoded", req.getHeaders().get("content-type"));
        assertEquals("DescribeProjectSteps", req.getHeaders().get("x-acs-action"));
        assertEquals("2019-09-01", req.getHeaders().get("x-acs-version"));
        assertEquals("2026-11-25T10:00:00Z", req.getHeaders().get("x-acs-date"));

        // Recompute the signature from what arrived, with Alibaba Cloud's own util.
        TeaRequest tea = new TeaRequest();
        tea.method = "POST";
        tea.pathname = "/";
        tea.query = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        req.getHeaders().forEach(h -> headers.put(h.getFirst().toLowerCase(), h.getSecond()));
        headers.remove("authorization");
        tea.headers = headers;
        String expected = com.aliyun.openapiutil.Client.getAuthorization(tea, "ACS3-HMAC-SHA256",
                req.getHeaders().get("x-acs-content-sha256"), AK, SECRET);
        assertEquals(expected, req.getHeaders().get("authorization"));
    }

    @Test
    void publishedExampleRendersAsATable() {
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result r = cli().run("steps", "np_4w3a5b6c");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("np_4w3a5b6c"), r.stdout());
        assertTrue(r.stdout().contains("Pre-check"), r.stdout());
        assertTrue(r.stdout().contains("RUNNING"), r.stdout());
        assertTrue(r.stdout().contains("100%"), r.stdout());
        assertFalse(r.stdout().contains("null"), r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void jsonIsOmstepsOwnDocumentWithRealNullsAndUtcTimes() throws Exception {
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result r = cli().run("steps", "np_4w3a5b6c", "-o", "json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode doc = new ObjectMapper().readTree(r.stdout());
        assertEquals(1, doc.get("schemaVersion").asInt());
        assertEquals("np_4w3a5b6c", doc.get("projectId").asText());
        assertEquals("2026-11-25T10:00:00Z", doc.get("fetchedAt").asText());
        assertEquals("EE205C00-30E4-XXXX-XXXX-87E3A8A2AA0C", doc.get("requestId").asText());
        JsonNode step = doc.get("steps").get(0);
        assertEquals("PRE_CHECK", step.get("name").asText());
        assertEquals("Pre-check", step.get("title").asText());
        assertEquals("预检查", step.get("description").asText());
        assertEquals("2020-05-22T17:04:18Z", step.get("startTime").asText());
        assertEquals(100, step.get("progress").asInt());
        assertTrue(step.get("failedTime").isNull());
        assertTrue(step.get("metrics").isNull());
        assertEquals("The ResourceDirectoryId is invalid.", step.get("errorMessage").asText());
        JsonNode err = step.get("errors").get(0);
        assertEquals("CM-RESOAT1111", err.get("code").asText());
        assertTrue(err.get("reason").isNull(), "\"null\" strings become real nulls");
        assertEquals("Contact the administrator.", doc.get("error").get("proposal").asText());
        assertFalse(r.stdout().contains("\"null\""));
    }

    @Test
    void rawIsTheBodyByteForByteWithTwoBillionRowCountsIntact() {
        String body = "{\"Success\":true,\"RequestId\":\"r1\",\"Data\":[{\"Order\":3,\"Name\":\"FULL_TRANSFER\","
                + "\"Status\":\"RUNNING\",\"Progress\":62,\"StepInfo\":{\"processedRecords\":1240000000,"
                + "\"capacity\":2000000000,\"dstRps\":5000}}],   \"Cost\":\"1\"}\n";
        server.enqueue(json(200, body));
        server.enqueue(json(200, body));
        CliRun.Result raw = cli().run("steps", "np_1", "-o", "raw");
        assertEquals(0, raw.exitCode(), raw.stderr());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), raw.stdoutBytes());

        CliRun.Result json = cli().run("steps", "np_1", "-o", "json");
        assertTrue(json.stdout().contains("\"capacity\" : 2000000000"), json.stdout());
        assertTrue(json.stdout().contains("\"processedRecords\" : 1240000000"), json.stdout());
        assertTrue(json.stdout().contains("\"etaSeconds\" : 152000"), json.stdout());
    }

    @Test
    void wrongSecretSaysTheSignatureWasRefused() {
        server.enqueue(json(400, "{\"RequestId\":\"R-1\",\"HostId\":\"oceanbasepro.aliyuncs.com\",\"Code\":\"SignatureDoesNotMatch\","
                + "\"Message\":\"Specified signature is not matched with our calculation.\",\"Recommend\":\"https://api.aliyun.com/troubleshoot\"}"));
        CliRun.Result r = cli().run("steps", "np_1");
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().startsWith("omsteps: the gateway refused the request signature (SignatureDoesNotMatch)"), r.stderr());
        assertTrue(r.stderr().contains("secret"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), "one line: " + r.stderr());
        assertFalse(r.all().contains(SECRET));
        assertFalse(r.all().contains("Exception"));
        assertEquals(1, server.getRequestCount(), "a refused signature is not retried");
    }

    @Test
    void unknownProjectIsAnApplicationErrorExit3() {
        server.enqueue(json(200, "{\"Success\":false,\"RequestId\":\"R-2\",\"ErrorDetail\":{\"Code\":\"CM-PROJECT-NOT_FOUND\","
                + "\"Level\":\"ERROR\",\"Message\":\"Project {id} does not exist\",\"ExtraContext\":{\"id\":\"np_nope\"}},"
                + "\"Code\":\"CM-PROJECT-NOT_FOUND\",\"Message\":\"Project does not exist\",\"Data\":[]}"));
        CliRun.Result r = cli().run("steps", "np_nope");
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("project np_nope was not found"), r.stderr());
        assertTrue(r.stderr().contains("R-2"), r.stderr());
        assertEquals("omsteps: project np_nope was not found (CM-PROJECT-NOT_FOUND) [request R-2] — check the project ID (np_…) and the region it lives in\n", r.stderr());
    }

    @Test
    void serviceUnavailableThenSuccessIsRetried() {
        server.enqueue(json(503, "{\"RequestId\":\"R-3\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result r = cli().run("steps", "np_4w3a5b6c");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(2, server.getRequestCount());
        assertTrue(r.stdout().contains("Pre-check"));
    }

    @Test
    void throttlingGivesUpAfterThreeTries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(400, "{\"RequestId\":\"R-4\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}"));
        }
        CliRun.Result r = cli().run("steps", "np_1");
        assertEquals(3, r.exitCode());
        assertEquals(3, server.getRequestCount());
        assertTrue(r.stderr().contains("Throttling.User") && r.stderr().contains("after 3 tries"), r.stderr());
        assertEquals("omsteps: the API refused the request (Throttling.User): Request was denied due to user flow control. (after 3 tries) [request R-4] — too many requests — wait and retry, or poll less often\n", r.stderr());
    }

    @Test
    void anHtmlPageFromAProxyIsABadResponse() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                    .body("<html><body>Welcome to nginx</body></html>").build());
        }
        CliRun.Result r = cli().run("steps", "np_1");
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("not valid JSON") && r.stderr().contains("<html>"), r.stderr());
        assertEquals("omsteps: the answer is not valid JSON (starts with: <html><body>Welcome to nginx</body></html>) (after 3 tries) — a proxy or load balancer may be answering instead of the API; check --endpoint\n", r.stderr());
    }

    @Test
    void debugTraceMasksTheSignatureAndToken() {
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result r = cli().env("ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS-secret-token-123").run("--debug", "steps", "np_1");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("Signature=****"), r.stderr());
        assertTrue(r.stderr().contains("x-acs-security-token: ****"), r.stderr());
        assertFalse(r.all().contains(SECRET));
        assertFalse(r.all().contains("CAIS-secret-token-123"));
    }

    @Test
    void stsTokenTravelsInItsHeader() throws Exception {
        server.enqueue(json(200, Fixtures.docExample()));
        cli().env("ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS-tok").run("steps", "np_1");
        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("CAIS-tok", req.getHeaders().get("x-acs-security-token"));
        assertTrue(req.getHeaders().get("authorization").contains("x-acs-security-token"));
    }

    @Test
    void exitStatusFlagsAFailedStep() {
        server.enqueue(json(200, "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"PRE_CHECK\",\"Status\":\"FAILED\",\"Progress\":40}]}"));
        assertEquals(1, cli().run("steps", "np_1", "--exit-status").exitCode());
    }

    @Test
    void noCredentialsIsUsageExit2WithoutARequest() {
        CliRun.Result r = new CliRun(home).env("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort()).run("steps", "np_1");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("omsteps: no Alibaba Cloud credentials found — set ALIBABA_CLOUD_ACCESS_KEY_ID"), r.stderr());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void secretAsAFlagValueWarnsAndSecretFromStdinDoesNot() {
        server.enqueue(json(200, Fixtures.docExample()));
        server.enqueue(json(200, Fixtures.docExample()));
        CliRun.Result flag = new CliRun(home).env("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort())
                .run("steps", "np_1", "--access-key-id", AK, "--access-key-secret", SECRET);
        assertEquals(0, flag.exitCode(), flag.stderr());
        assertTrue(flag.stderr().contains("shell history"));
        assertFalse(flag.all().contains(SECRET));
        CliRun.Result stdin = new CliRun(home).env("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort()).stdin(SECRET + "\n")
                .run("steps", "np_1", "--access-key-id", AK, "--access-key-secret", "-");
        assertEquals(0, stdin.exitCode(), stdin.stderr());
        assertEquals("", stdin.stderr());
    }

    @Test
    void networkFailureAfterRetriesIsExit3() {
        server.close();
        CliRun.Result r = cli().run("steps", "np_1");
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("could not talk to 127.0.0.1") && r.stderr().contains("after 3 tries"), r.stderr());
        assertTrue(r.stderr().matches("omsteps: could not talk to 127.0.0.1: Failed to connect to /127.0.0.1:\\d+ \\(after 3 tries\\)"
                + " — check the endpoint, your network and proxy settings\n"), r.stderr());
    }

    @Test
    void badProjectIdAndBadEndpointAreUsageErrors() {
        assertEquals(2, cli().run("steps", "np 1").exitCode());
        assertEquals(2, cli().run("steps", "").exitCode());
        CliRun.Result r = cli().run("steps", "np_1", "--endpoint", "ftp://x");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("not a valid URL"), r.stderr());
        assertEquals("omsteps: endpoint 'ftp://x' is not a valid URL — use a URL such as https://oceanbasepro.cn-hangzhou.aliyuncs.com\n", r.stderr());
        assertEquals(2, cli().run("steps", "np_1", "-o", "yaml").exitCode());
        assertEquals(2, cli().run("steps", "np_1", "--frobnicate").exitCode());
    }
}
