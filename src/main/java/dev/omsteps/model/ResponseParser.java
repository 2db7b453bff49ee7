package dev.omsteps.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a DescribeProjectSteps body (cloud PascalCase or self-hosted camelCase) into a
 * {@link StepsSnapshot}. This is the one place where the API's quirks are absorbed.
 */
public final class ResponseParser {

    private static final Set<String> KNOWN_METRICS = Set.of(
            "processedrecords", "capacity", "srcrps", "srcrt", "srciops", "dstrps", "dstrt", "dstiops",
            "srcrpsref", "dstrpsref", "dstrtref", "incrtimestampcheckpoint", "checkpointsampletimestamp",
            "enableincrstatistics");

    // A hostile or broken server must not make us recurse or allocate without bound.
    private final JsonTree json = new JsonTree(64, 1_000_000, 64);

    /** Parses the whole body; throws {@link MalformedResponseException} when it is not a JSON object. */
    public JsonNode readTree(byte[] body) {
        try {
            JsonNode root = json.read(body);
            if (root == null || !root.isObject()) {
                throw new MalformedResponseException("the answer is not a JSON object", preview(body));
            }
            return root;
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
        return new ProjectSummary(p.text("Id"), p.text("Name"), p.text("Type"), p.text("Status"),
                p.text("SourceEndpointType"), p.text("SinkEndpointType"), p.instant("GmtCreate"), p.instant("GmtModified"),
                p.instant("GmtStart"), p.instant("GmtFinish"), steps, extra.text("RunningStep"),
                extra.intValue("RunningProgress"), extra.longValue("SyncDelay"), fetchedAt);
    }

    /** {@code Success}/{@code success} explicitly false. */
    public boolean isFailure(JsonNode root) {
        return Boolean.FALSE.equals(new Fields(root).bool("Success"));
    }

    public String requestId(JsonNode root) {
        return new Fields(root).text("RequestId");
    }

    /** The envelope's error: the ErrorDetail object, else the deprecated top-level Code/Message/Advice. */
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
        if (code == null && message == null && advice == null) {
            return null;
        }
        return new ErrorDetail(code, null, message, Map.of(), Map.of(), null, advice);
    }

    static ErrorDetail errorDetail(Fields d) {
        if (d.all().isEmpty()) {
            return null;
        }
        return new ErrorDetail(d.text("Code"), d.text("Level"), d.text("Message"),
                d.stringMap("ExtraContext"), d.stringMap("MessageMcmsContext"),
                d.text("Reason"), d.text("Proposal"));
    }

    private static Step step(Fields s) {
        Fields extra = s.object("ExtraInfo");
        List<ErrorDetail> details = new ArrayList<>();
        for (JsonNode n : extra.array("ErrorDetails")) {
            ErrorDetail e = errorDetail(new Fields(n));
            if (e != null && !e.isEmpty()) {
                details.add(e);
            }
        }
        Integer order = s.intValue("Order");
        return new Step(order == null ? 0 : order, s.text("Name"), s.text("Description"),
                StepStatus.of(s.text("Status")), s.intValue("Progress"),
                s.instant("StartTime"), s.instant("FinishTime"), metrics(s.object("StepInfo")),
                details, extra.text("ErrorCode"), extra.text("ErrorMsg"), extra.stringMap("ErrorParam"),
                extra.instant("FailedTime"));
    }

    private static StepMetrics metrics(Fields m) {
        Map<String, JsonNode> all = m.all();
        if (all.isEmpty()) {
            return null;
        }
        Map<String, Object> other = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (!KNOWN_METRICS.contains(k.toLowerCase(java.util.Locale.ROOT)) && v.isValueNode()) {
                other.put(Printable.of(k), v.isNumber() ? v.numberValue() : Printable.of(v.asText()));
            }
        });
        return new StepMetrics(m.longValue("processedRecords"), m.longValue("capacity"),
                m.longValue("srcRps"), m.longValue("srcRt"), m.longValue("srcIops"),
                m.longValue("dstRps"), m.longValue("dstRt"), m.longValue("dstIops"),
                m.longValue("srcRpsRef"), m.longValue("dstRpsRef"), m.longValue("dstRtRef"),
                m.longValue("incrTimestampCheckpoint"), m.longValue("checkpointSampleTimestamp"),
                m.bool("enableIncrStatistics"), other);
    }

    private static String preview(byte[] body) {
        String s = Printable.of(new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8))
                .replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "(empty body)" : s;
    }
}
