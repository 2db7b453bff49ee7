package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alibaba Cloud's own clients call the simulator: tea-openapi signs V3 (Id in a form body or in the query),
 * aliyun-java-sdk-core signs V1. The simulator must accept each with the right secret and refuse a wrong one
 * exactly as the gateway does. The gateway compares with the real clock, as the SDKs sign with it.
 */
class OfficialSdkAgainstSimulatorTest {

    private static final String AK = SimulatorCredentials.DEMO_ACCESS_KEY_ID;
    private static final String SECRET = SimulatorCredentials.DEMO_ACCESS_KEY_SECRET;
    private static final String ID = FullMigrationScenario.ID;

    private Simulator sim;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(Instant.parse("2026-11-25T10:00:00Z"))));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private com.aliyun.teaopenapi.Client teaClient(String secret) throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + sim.port()).setProtocol("HTTP");
        return new com.aliyun.teaopenapi.Client(config);
    }

    private static Params describeProjectSteps() {
        return new Params().setAction("DescribeProjectSteps").setVersion("2019-09-01").setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC")
                .setReqBodyType("formData").setBodyType("json");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, ?> response) {
        Map<String, Object> body = (Map<String, Object>) response.get("body");
        assertEquals(Boolean.TRUE, body.get("Success"));
        return (List<Map<String, Object>>) body.get("Data");
    }

    @Test
    void teaOpenApiV3WithIdInFormBodyIsAccepted() throws Exception {
        OpenApiRequest request = new OpenApiRequest().setBody(Map.of("Id", ID));
        Map<String, ?> response = teaClient(SECRET).callApi(describeProjectSteps(), request, new RuntimeOptions());
        assertEquals(200, response.get("statusCode"));
        assertEquals("PRE_CHECK", data(response).get(0).get("Name"));
        assertEquals(7, data(response).size());
        assertEquals(1, sim.stats().acceptedV3());
    }

    @Test
    void teaOpenApiV3WithIdInQueryIsAccepted() throws Exception {
        OpenApiRequest request = new OpenApiRequest().setQuery(Map.of("Id", ID));
        Map<String, ?> response = teaClient(SECRET).callApi(describeProjectSteps(), request, new RuntimeOptions());
        assertEquals("PRE_CHECK", data(response).get(0).get("Name"));
    }

    /** Where tea-openapi really puts the Id, so that the two tests above test what they say. */
    @Test
    void teaOpenApiPutsTheIdWhereTheTestsSay() throws Exception {
        try (mockwebserver3.MockWebServer recorder = new mockwebserver3.MockWebServer()) {
            recorder.start(java.net.InetAddress.getLoopbackAddress(), 0);
            recorder.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{}").build());
            recorder.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{}").build());
            Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setRegionId("cn-hangzhou")
                    .setEndpoint("127.0.0.1:" + recorder.getPort()).setProtocol("HTTP");
            com.aliyun.teaopenapi.Client client = new com.aliyun.teaopenapi.Client(config);
            client.callApi(describeProjectSteps(), new OpenApiRequest().setBody(Map.of("Id", ID)), new RuntimeOptions());
            client.callApi(describeProjectSteps(), new OpenApiRequest().setQuery(Map.of("Id", ID)), new RuntimeOptions());
            mockwebserver3.RecordedRequest form = recorder.takeRequest();
            assertEquals("Id=" + ID, form.getBody().utf8());
            assertEquals(null, form.getUrl().queryParameter("Id"));
            assertTrue(form.getHeaders().get("Authorization").startsWith("ACS3-HMAC-SHA256 "));
            mockwebserver3.RecordedRequest query = recorder.takeRequest();
            assertEquals(ID, query.getUrl().queryParameter("Id"));
            assertEquals("POST", query.getMethod());
        }
    }

    @Test
    void teaOpenApiV3WithWrongSecretIsRefused() throws Exception {
        OpenApiRequest request = new OpenApiRequest().setBody(Map.of("Id", ID));
        com.aliyun.teaopenapi.Client client = teaClient("not-the-secret");
        TeaException e = assertThrows(TeaException.class,
                () -> client.callApi(describeProjectSteps(), request, new RuntimeOptions()));
        assertEquals("SignatureDoesNotMatch", e.getCode());
        assertEquals(400, e.getStatusCode());
    }

    @Test
    void teaOpenApiV3WithUnknownKeyIsRefused() throws Exception {
        Config config = new Config().setAccessKeyId("LTAI5tNobody").setAccessKeySecret(SECRET).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + sim.port()).setProtocol("HTTP");
        com.aliyun.teaopenapi.Client client = new com.aliyun.teaopenapi.Client(config);
        TeaException e = assertThrows(TeaException.class, () -> client.callApi(describeProjectSteps(),
                new OpenApiRequest().setBody(Map.of("Id", ID)), new RuntimeOptions()));
        assertEquals("InvalidAccessKeyId.NotFound", e.getCode());
    }

    private CommonRequest v1Request() {
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("127.0.0.1:" + sim.port());
        request.setSysVersion("2019-09-01");
        request.setSysAction("DescribeProjectSteps");
        request.putQueryParameter("Id", ID);
        return request;
    }

    @Test
    void sdkCoreV1IsAccepted() throws Exception {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", AK, SECRET));
        try {
            CommonResponse response = client.getCommonResponse(v1Request());
            assertEquals(200, response.getHttpStatus());
            JsonNode root = new ObjectMapper().readTree(response.getData());
            assertTrue(root.path("Success").asBoolean());
            assertEquals("PRE_CHECK", root.path("Data").get(0).path("Name").asText());
            assertEquals(1, sim.stats().acceptedV1());
        } finally {
            client.shutdown();
        }
    }

    @Test
    void sdkCoreV1WithWrongSecretIsRefused() {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", AK, "not-the-secret"));
        try {
            ClientException e = assertThrows(ClientException.class, () -> client.getCommonResponse(v1Request()));
            assertEquals("SignatureDoesNotMatch", e.getErrCode());
        } finally {
            client.shutdown();
        }
    }
}
