package dev.omsteps.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioAnswer;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.ScenarioTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A self-hosted OMS console's API: {@code POST /api/v2?Action=DescribeProjectSteps} with a JSON body
 * {@code {"id": …}}, HTTP Basic auth, camelCase answers with the quirks seen there ({@code cost} as
 * {@code "13 ms"}, the self-hosted step names, a switchover with a null checkpoint), and a project
 * still being created that answers {@code success: false} in Chinese, asking to retry later.
 */
final class SelfHostedApi {

    static final String DEMO_USER = "admin";
    static final String DEMO_PASSWORD = "omstepsSimulatorOmsPassword1";
    static final String CREATING_PROJECT = "np_sim_creating";

    /** Cloud step names and what self-hosted OMS calls the same step. */
    private static final Map<String, String> NAMES = Map.of(
            "PRE_CHECK", "TRANSFER_PRECHECK",
            "INCR_LOG_PULL", "TRANSFER_INCR_LOG_PULL",
            "FULL_VERIFIER", "FULL_VALIDATION",
            "INCR_TRANSFER", "INCR_SYNC");

    private final ObjectMapper json;
    private final ScenarioCatalog scenarios;
    private final SimulatedClock clock;
    private final long seed;

    SelfHostedApi(ObjectMapper json, ScenarioCatalog scenarios, SimulatedClock clock, long seed) {
        this.json = json;
        this.scenarios = scenarios;
        this.clock = clock;
        this.seed = seed;
    }

    Reply answer(String path, String rawQuery, Headers headers, byte[] body, String requestId) {
        if (!"/api/v2".equals(path)) {
            return reply(404, failure("NOT_FOUND", "No API at " + path, requestId));
        }
        if (!authorized(headers.getFirst("Authorization"))) {
            return new Reply(401, Reply.JSON, "{\"success\":false,\"code\":\"UNAUTHORIZED\",\"message\":\"Bad credentials\"}"
                    .getBytes(StandardCharsets.UTF_8), requestId);
        }
        String action = queryParameter(rawQuery, "Action");
        if (!"DescribeProjectSteps".equals(action)) {
            return reply(200, failure("INVALID_ACTION", "Unsupported action: " + action, requestId));
        }
        String id;
        try {
            id = json.readTree(body).path("id").asText("");
        } catch (IOException e) {
            return reply(400, failure("BAD_REQUEST", "Request body is not JSON", requestId));
        }
        if (CREATING_PROJECT.equals(id)) {
            return reply(200, failure("GHANA-OPERAT0032", "迁移实例正在创建中，请 5-10 分钟后重试", requestId));
        }
        Optional<Scenario> scenario = scenarios.find(id);
        if (scenario.isEmpty()) {
            return reply(200, failure("GHANA-PROJECT-NOT_FOUND", "项目 " + id + " 不存在", requestId));
        }
        ScenarioAnswer a = scenario.get().answerAt(new ScenarioTime(clock.origin(), clock.elapsed(), seed));
        JsonNode steps = a instanceof ScenarioAnswer.Steps s
                ? json.valueToTree(s.steps())
                : readVerbatimSteps(((ScenarioAnswer.Verbatim) a).body());
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("success", true);
        envelope.putNull("errorDetail");
        envelope.putNull("code");
        envelope.putNull("message");
        envelope.putNull("advice");
        envelope.put("requestId", requestId);
        envelope.put("pageNumber", 1);
        envelope.put("pageSize", 10);
        envelope.put("totalCount", steps.size());
        envelope.put("cost", "13 ms");
        envelope.set("data", selfHostedSteps(steps));
        return reply(200, envelope);
    }

    private JsonNode readVerbatimSteps(byte[] body) {
        try {
            return json.readTree(body).path("Data");
        } catch (IOException e) {
            throw new IllegalStateException("the published example is not JSON", e);
        }
    }

    private static ArrayNode selfHostedSteps(JsonNode cloudSteps) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode step : cloudSteps) {
            ObjectNode s = (ObjectNode) camelCase(step);
            String name = s.path("name").asText();
            s.put("name", NAMES.getOrDefault(name, name));
            if (name.equals("TRANSFER_APP_SWITCH") && !"FINISHED".equals(s.path("status").asText())) {
                ObjectNode info = JsonNodeFactory.instance.objectNode();
                info.putNull("checkpointSampleTimestamp");
                s.set("stepInfo", info);
            }
            out.add(s);
        }
        return out;
    }

    /** PascalCase keys become camelCase, all the way down, as self-hosted OMS writes them. */
    static JsonNode camelCase(JsonNode n) {
        if (n.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            n.forEach(e -> a.add(camelCase(e)));
            return a;
        }
        if (!n.isObject()) {
            return n;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            o.set(k.isEmpty() ? k : Character.toLowerCase(k.charAt(0)) + k.substring(1), camelCase(e.getValue()));
        }
        return o;
    }

    private static boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            return pair.equals(DEMO_USER + ":" + DEMO_PASSWORD);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String kv : rawQuery.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static ObjectNode failure(String code, String message, String requestId) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("success", false);
        ObjectNode d = n.putObject("errorDetail");
        d.put("code", code);
        d.put("level", "ERROR");
        d.put("message", message);
        n.put("code", code);
        n.put("message", message);
        n.put("requestId", requestId);
        n.put("cost", "2 ms");
        n.putArray("data");
        return n;
    }

    private Reply reply(int status, JsonNode body) {
        try {
            return new Reply(status, Reply.JSON, json.writeValueAsBytes(body), null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the simulator's own answer", e);
        }
    }
}
