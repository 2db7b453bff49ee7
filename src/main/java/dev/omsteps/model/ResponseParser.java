package dev.omsteps.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a DescribeProjectSteps body (cloud PascalCase or self-hosted camelCase) into a
 * {@link StepsSnapshot}. This is the one place where the API's quirks are absorbed.
 */
public final class ResponseParser {


    /** JSON values (tokens) read from one answer at most: a real page of 150 projects holds a few tens of thousands. */
    public static final long MAX_TOKENS = 500_000;
    /** Steps kept from one answer at most (a project has about a dozen). */
    public static final int MAX_STEPS = 1_000;

    // A hostile or broken server must not make us recurse or allocate without bound: a body under the size
    // cap can still hold millions of tiny values, each a tree node.
    private final JsonTree json = new JsonTree(64, 1_000_000, 64, MAX_TOKENS);

    /** Parses the whole body; throws {@link MalformedResponseException} when it is not a JSON object. */
    public JsonNode readTree(byte[] body) {
        try {
            JsonNode root = json.read(body);
            if (root == null || !root.isObject()) {
                throw new MalformedResponseException("the answer is not a JSON object", preview(body));
            }
            return root;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            if (String.valueOf(e.getMessage()).contains("getMaxTokenCount")) {
                throw new MalformedResponseException("the answer holds more than " + MAX_TOKENS + " JSON values", preview(body), true);
            }
            throw new MalformedResponseException("the answer is not valid JSON (too deep, or a string or number too long)", preview(body));
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("the answer is not valid JSON", preview(body));
        } catch (java.io.IOException e) {
            throw new MalformedResponseException("the answer could not be read", preview(body));
        }
    }

    public StepsSnapshot parseSteps(String projectId, Instant fetchedAt, byte[] body) {
        return parseSteps(projectId, fetchedAt, readTree(body));
    }

    public StepsSnapshot parseSteps(String projectId, Instant fetchedAt, JsonNode root) {
        Fields top = new Fields(root);
        Boolean success = top.bool("Success");
        List<Step> steps = new ArrayList<>();
        for (JsonNode n : top.array("Data")) {
            if (n.isObject()) {
                if (steps.size() == MAX_STEPS) {
                    throw new MalformedResponseException("the answer lists more than " + MAX_STEPS + " steps", "", true);
                }
                steps.add(step(new Fields(n)));
            }
        }
        return new StepsSnapshot(projectId, fetchedAt, top.text("RequestId"), success == null || success,
                errorDetail(top.object("ErrorDetail"), top), steps);
    }

    /**
     * A ListProjects answer: paging figures and the projects of {@code Data}, each with its
     * {@code Steps} (parsed as DescribeProjectSteps' steps) and {@code ExtraInfo} figures.
     */
    public ProjectsPage parseProjects(Instant fetchedAt, JsonNode root) {
        Fields top = new Fields(root);
        List<ProjectSummary> projects = new ArrayList<>();
        for (JsonNode n : top.array("Data")) {
            if (n.isObject()) {
                ProjectSummary p = project(new Fields(n), fetchedAt);
                if (p.id() != null) {
                    projects.add(p);
                }
            }
        }
        return new ProjectsPage(top.intValue("PageNumber"), top.intValue("PageSize"), top.intValue("TotalCount"),
                top.text("RequestId"), fetchedAt, projects);
    }

    private static ProjectSummary project(Fields p, Instant fetchedAt) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode n : p.array("Steps")) {
            if (n.isObject()) {
                steps.add(step(new Fields(n)));
            }
        }
        Fields extra = p.object("ExtraInfo");
        List<String> labels = new ArrayList<>();
        for (JsonNode n : p.array("Labels")) {
            String label = n.isObject() ? new Fields(n).text("Name") : Fields.textOf(n);
            if (label != null) {
                labels.add(label);
            }
        }
        Fields alarm = p.object("AlarmStats");
        AlarmStats alarmStats = alarm.all().isEmpty() ? null
                : new AlarmStats(alarm.bool("Alarming"), alarm.text("AlarmContent"), alarm.intValue("RecentlyTriggerCount"));
        return new ProjectSummary(p.text("Id"), p.text("Name"), p.text("Type"), p.text("Status"),
                p.text("SourceEndpointType"), p.text("SinkEndpointType"), p.instant("GmtCreate"), p.instant("GmtModified"),
                p.instant("GmtStart"), p.instant("GmtFinish"), steps, extra.text("RunningStep"),
                extra.intValue("RunningProgress"), extra.longValue("SyncDelay"), fetchedAt,
                p.text("Importance"), labels, alarmStats, extra.longValue("SyncDelaySampleTimestamp"));
    }

    /** {@code Success}/{@code success} explicitly false. */
    public boolean isFailure(JsonNode root) {
        return Boolean.FALSE.equals(new Fields(root).bool("Success"));
    }

    public String requestId(JsonNode root) {
        return new Fields(root).text("RequestId");
    }

    /**
     * The envelope's error: the ErrorDetail object, else the deprecated top-level Code/Message/Advice. An OCP-style
     * success envelope ({@code "Code": 200, "Message": "successful"}, seen in OceanBase Developer Center's tests) is
     * no error at all.
     */
    public ErrorDetail envelopeError(JsonNode root) {
        Fields top = new Fields(root);
        return errorDetail(top.object("ErrorDetail"), top);
    }

    private static ErrorDetail errorDetail(Fields d, Fields top) {
        ErrorDetail fromDetail = errorDetail(d);
        if (fromDetail != null && !fromDetail.isEmpty()) {
            return fromDetail;
        }
        String code = top.text("Code");
        String message = top.text("Message");
        String advice = top.text("Advice");
        if (code == null && message == null && advice == null || isSuccessMarker(code, message)) {
            return null;
        }
        return new ErrorDetail(code, null, message, Map.of(), Map.of(), null, Map.of(), advice, Map.of());
    }

    /** A code and message that say "it worked" (HTTP-like 200, OK, SUCCESS, "successful"), not an error. */
    static boolean isSuccessMarker(String code, String message) {
        boolean okCode = code == null || code.equals("200") || code.equals("0") || code.equalsIgnoreCase("OK")
                || code.equalsIgnoreCase("SUCCESS");
        boolean okMessage = message == null || message.equalsIgnoreCase("successful") || message.equalsIgnoreCase("success")
                || message.equalsIgnoreCase("OK");
        return okCode && okMessage && (code != null || message != null);
    }

    static ErrorDetail errorDetail(Fields d) {
        if (d.all().isEmpty()) {
            return null;
        }
        return new ErrorDetail(d.text("Code"), d.text("Level"), d.text("Message"),
                d.stringMap("ExtraContext"), d.stringMap("MessageMcmsContext"),
                d.text("Reason"), d.stringMap("ReasonMcmsContext"), d.text("Proposal"), d.stringMap("ProposalMcmsContext"));
    }

    private static Step step(Fields s) {
        Fields extra = s.object("ExtraInfo");
        List<ErrorDetail> details = ErrorDetailList.of(extra.array("ErrorDetails"));
        Integer order = s.intValue("Order");
        return new Step(order == null ? 0 : order, s.text("Name"), s.text("Description"),
                StepStatus.of(s.text("Status")), s.intValue("Progress"),
                s.instant("StartTime"), s.instant("FinishTime"), metrics(s.node("StepInfo")),
                details, extra.text("ErrorCode"), extra.text("ErrorMsg"), extra.stringMap("ErrorParam"),
                extra.instant("FailedTime"));
    }

    /** Every StepInfo field, under the name OMS gave it; null when StepInfo is absent or an empty object. */
    private static StepMetrics metrics(JsonNode stepInfo) {
        if (stepInfo == null || !stepInfo.isObject() || stepInfo.isEmpty()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        stepInfo.fields().forEachRemaining(e -> fields.put(Printable.of(e.getKey()), Fields.scalar(e.getValue())));
        return new StepMetrics(fields);
    }

    private static String preview(byte[] body) {
        String s = Printable.of(new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8))
                .replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "(empty body)" : s;
    }
}
