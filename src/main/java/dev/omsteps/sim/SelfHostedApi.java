package dev.omsteps.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import dev.omsteps.sim.scenario.ErrorDetailView;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.StepView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Cloud step names and what self-hosted OMS calls the same step, as the captured answers have them (oceanbase/odc's
     * project_step.json and OmsClientTest): the pre-check and the log pull are renamed; FULL_TRANSFER, INCR_TRANSFER,
     * FULL_VERIFIER and TRANSFER_APP_SWITCH keep their names.
     */
    private static final Map<String, String> NAMES = Map.of(
            "PRE_CHECK", "TRANSFER_PRECHECK",
            "INCR_LOG_PULL", "TRANSFER_INCR_LOG_PULL");

    private final ObjectMapper json = new ObjectMapper();
    private final AnswerWriter writer;
    private final LiveScenarios scenarios;
    private final DetailActions details;
    private final ListProjectsAction listProjects;
    private final boolean ocpEnvelope;

    SelfHostedApi(AnswerWriter writer, LiveScenarios scenarios, boolean ocpEnvelope) {
        this.writer = writer;
        this.scenarios = scenarios;
        this.details = new DetailActions(writer, scenarios);
        this.listProjects = new ListProjectsAction(writer, scenarios.catalog(), SelfHostedApi::selfHosted);
        this.ocpEnvelope = ocpEnvelope;
    }

    Reply answer(String path, String rawQuery, Headers headers, byte[] body, String requestId) {
        return answer(path, rawQuery, headers, body, requestId, false);
    }

    /** A transient application error, as the console sends it: HTTP 200, {@code success: false}. */
    Reply transientError(ErrorDetailView detail, String requestId) {
        return refusal(200, detail.code(), detail.message(), requestId);
    }

    /** As {@link #answer(String, String, Headers, byte[], String)}; {@code stale}: incremental sync's sample hours old. */
    Reply answer(String path, String rawQuery, Headers headers, byte[] body, String requestId, boolean stale) {
        if (!"/api/v2".equals(path)) {
            return refusal(404, "NOT_FOUND", "No API at " + path, requestId);
        }
        if (!authorized(headers.getFirst("Authorization"))) {
            return refusal(401, "UNAUTHORIZED", "Bad credentials", requestId);
        }
        String action = queryParameter(rawQuery, "Action");
        boolean detail = DetailActions.ACTIONS.contains(action);
        boolean list = "ListProjects".equals(action);
        if (!detail && !list && !"DescribeProjectSteps".equals(action)) {
            return refusal(200, "INVALID_ACTION", "Unsupported action: " + action, requestId);
        }
        Map<String, String> params;
        try {
            params = parameters(json.readTree(body));
        } catch (IOException e) {
            return refusal(400, "BAD_REQUEST", "Request body is not JSON", requestId);
        }
        if (list) {
            try {
                return reply(200, listProjects.answer(params, scenarios.now(), requestId, "13 ms"));
            } catch (GatewayRejection bad) {
                return refusal(200, "PARAMETER_ERROR", bad.error().message(), requestId);
            }
        }
        String id = params.getOrDefault(detail ? DetailActions.idParameter(action) : "Id", "");
        if (CREATING_PROJECT.equals(id)) {
            return refusal(200, "GHANA-OPERAT0032", "迁移实例正在创建中，请 5-10 分钟后重试", requestId);
        }
        Optional<Scenario> scenario = scenarios.catalog().find(id);
        if (scenario.isEmpty()) {
            return refusal(200, "GHANA-PROJECT-NOT_FOUND", "项目 " + id + " 不存在", requestId);
        }
        if (detail) {
            return reply(200, details.answer(action, params, scenario.get(), requestId, "13 ms"));
        }
        List<StepView> steps = writer.steps(scenario.get().answerAt(scenarios.now())).stream()
                .map(SelfHostedApi::selfHosted).toList();
        if (stale) {
            steps = StaleSample.of(steps);
        }
        if (ocpEnvelope) {
            return writer.reply(Flavour.SELFHOSTED, 200, OcpEnvelope.of(13, steps), null);
        }
        return reply(200, Envelope.all(requestId, "13 ms", steps));
    }

    /** The step under its self-hosted name; a switchover not yet done shows a null checkpoint, as seen there. */
    static StepView selfHosted(StepView s) {
        Map<String, Object> info = s.stepInfo();
        if ("TRANSFER_APP_SWITCH".equals(s.name()) && !"FINISHED".equals(s.status())) {
            info = new HashMap<>();
            info.put("checkpointSampleTimestamp", null);
        }
        String name = s.name() == null ? null : NAMES.getOrDefault(s.name(), s.name());
        return new StepView(s.order(), name, s.description(), s.status(), s.extraInfo(),
                s.startTime(), s.finishTime(), s.progress(), info);
    }

    /** The body's fields named as the OpenAPI names them ({@code projectId} → {@code ProjectId}); arrays as their JSON text. */
    private static Map<String, String> parameters(JsonNode body) {
        Map<String, String> out = new HashMap<>();
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(e -> {
                String k = e.getKey();
                String name = k.isEmpty() ? k : Character.toUpperCase(k.charAt(0)) + k.substring(1);
                out.put(name, e.getValue().isContainerNode() ? e.getValue().toString() : e.getValue().asText());
            });
        }
        return out;
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

    private Reply refusal(int status, String code, String message, String requestId) {
        return reply(status, Envelope.refusal(requestId, "2 ms", code, message));
    }

    private Reply reply(int status, Envelope body) {
        return writer.reply(Flavour.SELFHOSTED, status, body, null);
    }
}
