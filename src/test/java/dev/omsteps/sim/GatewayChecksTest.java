package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's refusals, each provoked by a hand-made request. */
class GatewayChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String ID = FullMigrationScenario.ID;

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private Simulator sim;
    private SignedRequests requests;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(NOW))
                .withServerClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        sim.start();
        requests = new SignedRequests(sim.port());
    }

    @AfterEach
    void stop() {
        sim.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private record Answer(int status, JsonNode body) {
        String code() {
            return body.path("Code").asText();
        }
    }

    private Answer send(Request r) throws IOException {
        try (Response response = http.newCall(r).execute()) {
            return new Answer(response.code(), json.readTree(response.body().string()));
        }
    }

    @Test
    void wellSignedV3IsAnswered() throws Exception {
        Answer a = send(requests.v3(ID, NOW));
        assertEquals(200, a.status());
        assertTrue(a.body().path("Success").asBoolean());
        assertEquals("1", a.body().path("PageNumber").asText());
        assertTrue(a.body().path("Cost").isTextual());
    }

    @Test
    void reusedNonceIsRefused() throws Exception {
        String secret = SimulatorCredentials.DEMO_ACCESS_KEY_SECRET;
        assertEquals(200, send(requests.v3("DescribeProjectSteps", ID, NOW, "same", secret, null)).status());
        Answer again = send(requests.v3("DescribeProjectSteps", ID, NOW, "same", secret, null));
        assertEquals(400, again.status());
        assertEquals("SignatureNonceUsed", again.code());
    }

    @Test
    void wrongSignatureDoesNotSpendTheNonce() throws Exception {
        Answer wrong = send(requests.v3("DescribeProjectSteps", ID, NOW, "n1", "wrong", null));
        assertEquals(400, wrong.status());
        assertEquals("SignatureDoesNotMatch", wrong.code());
        assertEquals(200, send(requests.v3("DescribeProjectSteps", ID, NOW, "n1", SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null)).status());
    }

    @Test
    void timestampMoreThan15MinutesOffIsRefused() throws Exception {
        Answer late = send(requests.v3(ID, NOW.minus(Duration.ofMinutes(16))));
        assertEquals(400, late.status());
        assertEquals("InvalidTimeStamp.Expired", late.code());
        Answer early = send(requests.v3(ID, NOW.plus(Duration.ofMinutes(16))));
        assertEquals("InvalidTimeStamp.Expired", early.code());
        assertEquals(200, send(requests.v3(ID, NOW.minus(Duration.ofMinutes(14)))).status());
    }

    @Test
    void bodyHashMustMatchTheBody() throws Exception {
        Answer a = send(requests.v3("DescribeProjectSteps", ID, NOW, "n", SimulatorCredentials.DEMO_ACCESS_KEY_SECRET,
                "0".repeat(64)));
        assertEquals(400, a.status());
        assertEquals("SignatureDoesNotMatch", a.code());
    }

    @Test
    void unknownActionIs404() throws Exception {
        Answer a = send(requests.v3("DescribeNothing", ID, NOW, "n", SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null));
        assertEquals(404, a.status());
        assertEquals("InvalidAction.NotFound", a.code());
    }

    @Test
    void unknownProjectIs200WithSuccessFalseAndANotFoundCode() throws Exception {
        Answer a = send(requests.v3("np_nobody_home", NOW));
        assertEquals(200, a.status());
        assertEquals("false", a.body().path("Success").asText());
        assertTrue(a.body().path("ErrorDetail").path("Code").asText().contains("NOT_FOUND"));
        assertEquals("np_nobody_home", a.body().path("ErrorDetail").path("ExtraContext").path("projectId").asText());
    }

    @Test
    void v1SignatureIsCheckedWithTheMethodAsSent() throws Exception {
        String secret = SimulatorCredentials.DEMO_ACCESS_KEY_SECRET;
        assertEquals(200, send(requests.v1("GET", ID, NOW, "v1-a", secret)).status());
        assertEquals(200, send(requests.v1("POST", ID, NOW, "v1-b", secret)).status());
        assertEquals("SignatureDoesNotMatch", send(requests.v1("POST", ID, NOW, "v1-c", "wrong")).code());
        assertEquals("SignatureNonceUsed", send(requests.v1("POST", ID, NOW, "v1-b", secret)).code());
        assertEquals("InvalidTimeStamp.Expired", send(requests.v1("POST", ID, NOW.minus(Duration.ofHours(1)), "v1-d", secret)).code());
        assertEquals(2, sim.stats().acceptedV1());
    }

    @Test
    void badPercentEncodingIsA400NotACrash() throws Exception {
        // (a bad escape in the URL never reaches the handler: the JDK server refuses the request line itself)
        Request r = requests.v3(ID, NOW);
        Answer a = send(r.newBuilder().post(okhttp3.RequestBody.create("Id=%ZZ",
                okhttp3.MediaType.get("application/x-www-form-urlencoded"))).build());
        assertEquals(400, a.status());
        assertEquals("InvalidParameter", a.code());
    }

    @Test
    void unknownAccessKeyIsRefused() throws Exception {
        Request r = requests.v3(ID, NOW);
        String auth = r.header("Authorization").replace(SimulatorCredentials.DEMO_ACCESS_KEY_ID, "LTAI5tNobody");
        Answer a = send(r.newBuilder().header("Authorization", auth).build());
        assertEquals(404, a.status());
        assertEquals("InvalidAccessKeyId.NotFound", a.code());
    }

    @Test
    void authorizationWithoutSignatureIsIncomplete() throws Exception {
        Request r = requests.v3(ID, NOW);
        String auth = r.header("Authorization").replaceAll(",Signature=.*", "");
        Answer a = send(r.newBuilder().header("Authorization", auth).build());
        assertEquals(400, a.status());
        assertEquals("IncompleteSignature", a.code());
    }
}
