package dev.omsteps.sim;

import dev.omsteps.sim.scenario.ErrorDetailView;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioAnswer;
import java.util.Map;
import java.util.Optional;

/**
 * The OMS actions behind the gateway, answered from the scenarios: DescribeProjectSteps, ListProjects and
 * the {@link DetailActions} (DescribeProject, DescribeProjectComponents, DescribeProjectStepMetric,
 * ListProjectFullVerifyResult).
 */
final class OmsActions {

    static final String VERSION = "2019-09-01";

    private final AnswerWriter writer;
    private final LiveScenarios scenarios;
    private final ListProjectsAction listProjects;
    private final DetailActions details;

    OmsActions(AnswerWriter writer, LiveScenarios scenarios) {
        this.writer = writer;
        this.scenarios = scenarios;
        this.listProjects = new ListProjectsAction(writer, scenarios.catalog());
        this.details = new DetailActions(writer, scenarios);
    }

    /** The answer to a verified call; gateway-level problems (unknown action, missing Id) as a {@link GatewayRejection}. */
    Reply answer(VerifiedCall call, String requestId, long startedNanos) {
        return answer(call, requestId, startedNanos, false);
    }

    /** As {@link #answer(VerifiedCall, String, long)}; {@code stale}: incremental sync's sample hours old. */
    Reply answer(VerifiedCall call, String requestId, long startedNanos, boolean stale) {
        boolean list = "ListProjects".equals(call.action());
        boolean detail = DetailActions.ACTIONS.contains(call.action());
        if (!list && !detail && !"DescribeProjectSteps".equals(call.action())) {
            throw new GatewayRejection(GatewayError.unknownAction(call.action()));
        }
        if (call.version() == null) {
            throw new GatewayRejection(GatewayError.missingParameter("Version"));
        }
        if (!call.version().equals(VERSION)) {
            throw new GatewayRejection(GatewayError.invalidVersion(call.version()));
        }
        if (list) {
            return json(200, listProjects.answer(call.parameters(), scenarios.now(),
                    requestId, cost(startedNanos)), requestId);
        }
        String idName = detail ? DetailActions.idParameter(call.action()) : "Id";
        String id = call.parameters().get(idName);
        if (id == null || id.isBlank()) {
            throw new GatewayRejection(new GatewayError(400, "Missing" + idName, idName + " is mandatory for this action."));
        }
        Optional<Scenario> scenario = scenarios.catalog().find(id);
        if (scenario.isEmpty()) {
            return json(200, notFound(id, requestId, startedNanos), requestId);
        }
        if (detail) {
            return json(200, details.answer(call.action(), call.parameters(), scenario.get(), requestId, cost(startedNanos)), requestId);
        }
        ScenarioAnswer a = scenario.get().answerAt(scenarios.now());
        if (a instanceof ScenarioAnswer.Verbatim v) {
            return new Reply(200, Reply.JSON, v.body(), requestId);
        }
        var steps = writer.steps(a);
        return json(200, Envelope.all(requestId, cost(startedNanos), stale ? StaleSample.of(steps) : steps), requestId);
    }

    /** A transient application error, HTTP 200 with {@code Success: false}, as OMS sends it when busy. */
    Reply transientError(ErrorDetailView detail, String requestId) {
        return json(200, Envelope.failure(requestId, "1", detail, detail.message()), requestId);
    }

    private static Envelope notFound(String id, String requestId, long startedNanos) {
        ErrorDetailView d = new ErrorDetailView("CM-PROJECT-NOT_FOUND", "ERROR", "Project {projectId} is not found.",
                Map.of("projectId", id), "No project with this ID exists in this region.",
                "Check the project ID and the region.");
        return Envelope.failure(requestId, cost(startedNanos), d, "Project " + id + " is not found.");
    }

    /** OMS reports the handling time as a string. */
    private static String cost(long startedNanos) {
        return Long.toString(Math.max(1, (System.nanoTime() - startedNanos) / 1_000_000));
    }

    Reply gatewayError(GatewayError e, String requestId, String host) {
        String recommend = "https://api.aliyun.com/troubleshoot?q=" + e.code() + "&product=OceanBasePro";
        return json(e.status(), new GatewayErrorBody(requestId, host == null ? "oceanbasepro.simulator" : host,
                e.code(), e.message(), recommend), requestId);
    }

    private Reply json(int status, Object body, String requestId) {
        return writer.reply(Flavour.CLOUD, status, body, requestId);
    }
}
