package dev.omsteps.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.sim.scenario.ProjectFacts;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioAnswer;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.ScenarioTime;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ListProjects over the scenarios: filters {@code Status} (a JSON array in one field), {@code Type} and
 * {@code SearchKey} (name or ID, any case), newest first, paged by {@code PageNumber}/{@code PageSize}. Each project
 * carries its steps and the {@code ExtraInfo} a console shows (running step, its progress, sync delay), all derived
 * from the same steps DescribeProjectSteps answers with.
 */
final class ListProjectsAction {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 150;
    private static final DateTimeFormatter OMS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final ScenarioCatalog scenarios;

    ListProjectsAction(ObjectMapper json, ScenarioCatalog scenarios) {
        this.json = json;
        this.scenarios = scenarios;
    }

    ObjectNode answer(Map<String, String> params, ScenarioTime t, String requestId, String cost) {
        int pageNumber = positive(params, "PageNumber", 1, Integer.MAX_VALUE);
        int pageSize = positive(params, "PageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        Set<String> statuses = statuses(params.get("Status"));
        String type = blankToNull(params.get("Type"));
        String search = blankToNull(params.get("SearchKey"));
        List<ObjectNode> rows = new ArrayList<>();
        for (Scenario s : scenarios.all()) {
            ObjectNode row = row(s, t);
            if (matches(row, statuses, type, search)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing((ObjectNode r) -> r.path("GmtCreate").asText()).reversed()
                .thenComparing(r -> r.path("Id").asText()));
        ObjectNode env = json.createObjectNode();
        env.put("Success", true);
        env.putNull("ErrorDetail");
        env.put("RequestId", requestId);
        env.put("PageNumber", pageNumber);
        env.put("PageSize", pageSize);
        env.put("TotalCount", rows.size());
        env.put("Cost", cost);
        ArrayNode data = env.putArray("Data");
        long from = (long) (pageNumber - 1) * pageSize;
        for (long i = from; i < Math.min(rows.size(), from + pageSize); i++) {
            data.add(rows.get((int) i));
        }
        return env;
    }

    private static boolean matches(ObjectNode row, Set<String> statuses, String type, String search) {
        if (!statuses.isEmpty() && !statuses.contains(row.path("Status").asText().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (type != null && !type.equalsIgnoreCase(row.path("Type").asText())) {
            return false;
        }
        if (search == null) {
            return true;
        }
        String key = search.toLowerCase(Locale.ROOT);
        return row.path("Name").asText().toLowerCase(Locale.ROOT).contains(key)
                || row.path("Id").asText().toLowerCase(Locale.ROOT).contains(key);
    }

    private ObjectNode row(Scenario s, ScenarioTime t) {
        ProjectFacts f = s.facts();
        ArrayNode steps = steps(s.answerAt(t));
        ObjectNode row = json.createObjectNode();
        row.put("Id", s.projectId());
        row.put("Name", f.name());
        row.put("Type", f.type());
        row.put("Status", projectStatus(steps));
        row.put("Owner", "simulator");
        row.put("Importance", "MEDIUM");
        row.put("GmtCreate", OMS_TIME.format(t.origin().minus(f.createdBeforeStart())));
        row.put("GmtModified", OMS_TIME.format(t.now()));
        row.put("SourceEndpointType", f.sourceEndpointType());
        row.put("SinkEndpointType", f.sinkEndpointType());
        row.putArray("Labels");
        row.set("Steps", steps);
        row.set("ExtraInfo", extraInfo(steps, t));
        return row;
    }

    private ArrayNode steps(ScenarioAnswer a) {
        if (a instanceof ScenarioAnswer.Steps s) {
            return json.valueToTree(s.steps());
        }
        try {
            JsonNode data = json.readTree(((ScenarioAnswer.Verbatim) a).body()).path("Data");
            return data.isArray() ? (ArrayNode) data : json.createArrayNode();
        } catch (IOException e) {
            throw new IllegalStateException("a verbatim scenario body is not JSON", e);
        }
    }

    /** The project status a console derives from its steps. */
    static String projectStatus(ArrayNode steps) {
        List<String> all = new ArrayList<>();
        steps.forEach(s -> all.add(s.path("Status").asText("").toUpperCase(Locale.ROOT)));
        if (all.contains("FAILED")) {
            return "FAILED";
        }
        if (all.contains("SUSPEND")) {
            return "SUSPEND";
        }
        if (!all.isEmpty() && all.stream().allMatch("FINISHED"::equals)) {
            return "FINISHED";
        }
        if (!all.isEmpty() && all.stream().allMatch("INIT"::equals)) {
            return "INIT";
        }
        return "RUNNING";
    }

    /** RunningStep: the first step at work (or stopped); else the last monitoring one; else the last started. */
    private ObjectNode extraInfo(ArrayNode steps, ScenarioTime t) {
        JsonNode running = null;
        for (String wanted : List.of("FAILED", "SUSPEND", "RUNNING")) {
            for (JsonNode s : steps) {
                if (running == null && wanted.equals(s.path("Status").asText())) {
                    running = s;
                }
            }
        }
        if (running == null) {
            for (JsonNode s : steps) {
                if (!"INIT".equals(s.path("Status").asText())) {
                    running = s;
                }
            }
        }
        ObjectNode extra = json.createObjectNode();
        extra.put("RunningStep", running == null ? null : running.path("Name").asText());
        if (running == null) {
            extra.putNull("RunningProgress");
        } else {
            extra.put("RunningProgress", running.path("Progress").asInt());
        }
        JsonNode lagged = null;
        for (JsonNode s : steps) {
            JsonNode info = s.path("StepInfo");
            if (info.has("incrTimestampCheckpoint") && !"FINISHED".equals(s.path("Status").asText())) {
                lagged = info;
            }
        }
        if (lagged != null) {
            long sample = lagged.path("checkpointSampleTimestamp").asLong();
            long checkpoint = lagged.path("incrTimestampCheckpoint").asLong();
            extra.put("SyncDelay", Math.max(0, sample - checkpoint));
            extra.put("SyncDelaySampleTimestamp", sample);
            extra.put("IncrSyncTimestamp", checkpoint);
        } else {
            extra.putNull("SyncDelay");
        }
        return extra;
    }

    /** {@code ["RUNNING","FAILED"]} as the SDK sends it; a bare {@code RUNNING,FAILED} is taken too. */
    private Set<String> statuses(String raw) {
        Set<String> out = new HashSet<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        String v = raw.strip();
        if (v.startsWith("[")) {
            JsonNode arr;
            try {
                arr = json.readTree(v);
            } catch (IOException e) {
                throw invalid("Status", raw);
            }
            if (!arr.isArray()) {
                throw invalid("Status", raw);
            }
            arr.forEach(n -> out.add(n.asText().toUpperCase(Locale.ROOT)));
        } else {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static int positive(Map<String, String> params, String name, int dflt, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > max) {
                throw invalid(name, v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name, v);
        }
    }

    private static GatewayRejection invalid(String name, String value) {
        return new GatewayRejection(new GatewayError(400, "InvalidParameter",
                "The parameter " + name + " is invalid: " + value));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
