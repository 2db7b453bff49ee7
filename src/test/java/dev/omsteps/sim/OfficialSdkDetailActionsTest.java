package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.sim.scenario.VerifyDifferencesScenario;
import dev.omsteps.testing.FakeClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alibaba Cloud's own client (tea-openapi, V3-signed, parameters in a form body as the generated
 * OceanBasePro SDK sends them; list parameters as JSON text, as its "json" array style writes them)
 * calls each deeper action on the simulator.
 */
class OfficialSdkDetailActionsTest {

    private static final long NOW = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
    private Simulator sim;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(Instant.ofEpochSecond(NOW))));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Map<String, Object> call(String action, Map<String, Object> body, String secret) throws Exception {
        Config config = new Config().setAccessKeyId(SimulatorCredentials.DEMO_ACCESS_KEY_ID).setAccessKeySecret(secret)
                .setRegionId("cn-hangzhou").setEndpoint("127.0.0.1:" + sim.port()).setProtocol("HTTP");
        Params params = new Params().setAction(action).setVersion("2019-09-01").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        Map<String, ?> response = new com.aliyun.teaopenapi.Client(config).callApi(params, new OpenApiRequest().setBody(body),
                new RuntimeOptions());
        assertEquals(200, response.get("statusCode"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) response.get("body");
        assertEquals(Boolean.TRUE, answer.get("Success"), String.valueOf(answer));
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("Data");
    }

    private static String secret() {
        return SimulatorCredentials.DEMO_ACCESS_KEY_SECRET;
    }

    @Test
    @SuppressWarnings("unchecked")
    void listProjectFullVerifyResult() throws Exception {
        Map<String, Object> a = call("ListProjectFullVerifyResult", Map.of("ProjectId", VerifyDifferencesScenario.ID,
                "SourceSchemas", "[\"shop\"]", "DestSchemas", "[\"shop_ob\"]", "PageNumber", 1, "PageSize", 10), secret());
        assertEquals(15, ((Number) data(a).get("DifferentNumber")).intValue());
        List<Map<String, Object>> tables = (List<Map<String, Object>>) data(a).get("FullVerifyTableStatistics");
        assertEquals(5, tables.size());
        assertEquals("INCONSISTENT", tables.get(1).get("ResultType"));
        assertEquals("100", tables.get(1).get("Progress"), "a string, as the SDK types it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeProjectComponents() throws Exception {
        Map<String, Object> a = call("DescribeProjectComponents", Map.of("Id", SteadySyncScenario.ID), secret());
        List<Map<String, Object>> sync = (List<Map<String, Object>>) data(a).get("IncrSyncComponents");
        assertEquals("RUNNING", sync.get(0).get("Status"));
        assertEquals(1, ((List<?>) data(a).get("StoreList")).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeProjectStepMetric() throws Exception {
        Map<String, Object> a = call("DescribeProjectStepMetric", Map.of("ProjectId", SteadySyncScenario.ID,
                "StepName", "INCR_TRANSFER", "MetricType", "DELAY", "Aggregator", "AVG",
                "BeginTimestamp", NOW - 7200, "EndTimestamp", NOW, "MaxPointNum", 24), secret());
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) data(a).get("Metrics");
        assertEquals(24, ((List<?>) metrics.get(0).get("DataPoints")).size());
        assertEquals("AVG", data(a).get("Aggregator"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeProject() throws Exception {
        Map<String, Object> a = call("DescribeProject", Map.of("Id", VerifyDifferencesScenario.ID), secret());
        Map<String, Object> mapping = (Map<String, Object>) data(a).get("TransferMapping");
        assertEquals("shop_ob", ((List<Map<String, Object>>) mapping.get("Databases")).get(0).get("MappedName"));
        assertEquals(Boolean.TRUE, data(a).get("EnableFullVerify"));
    }

    @Test
    void aWrongSecretIsRefusedForTheNewActionsToo() {
        TeaException e = assertThrows(TeaException.class,
                () -> call("DescribeProjectComponents", Map.of("Id", SteadySyncScenario.ID), "not-the-secret"));
        assertEquals("SignatureDoesNotMatch", e.getCode());
    }
}
