package dev.omsteps.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.ProjectFacts;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.ScenarioTime;
import dev.omsteps.sim.scenario.StepView;
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

    private final ObjectMapper json = new ObjectMapper();
    private final AnswerWriter writer;
    private final ScenarioCatalog scenarios;
    /** The flavour's own step names and quirks. */
    private final java.util.function.UnaryOperator<StepView> flavoured;

    ListProjectsAction(AnswerWriter writer, ScenarioCatalog scenarios) {
        this(writer, scenarios, java.util.function.UnaryOperator.identity());
    }

    ListProjectsAction(AnswerWriter writer, ScenarioCatalog scenarios, java.util.function.UnaryOperator<StepView> flavoured) {
        this.writer = writer;
        this.scenarios = scenarios;
        this.flavoured = flavoured;
    }

    Envelope answer(Map<String, String> params, ScenarioTime t, String requestId, String cost) {
        int pageNumber = positive(params, "PageNumber", 1, Integer.MAX_VALUE);
        int pageSize = positive(params, "PageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        Set<String> statuses = statuses(params.get("Status"));
        String type = blankToNull(params.get("Type"));
        String search = blankToNull(params.get("SearchKey"));
        List<ProjectRow> rows = new ArrayList<>();
        for (Scenario s : scenarios.all()) {
            ProjectRow row = row(s, t);
            if (matches(row, statuses, type, search)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(ProjectRow::gmtCreate).reversed().thenComparing(ProjectRow::id));
        int from = (int) Math.min(rows.size(), (long) (pageNumber - 1) * pageSize);
        List<ProjectRow> page = rows.subList(from, Math.min(rows.size(), from + pageSize));
        return Envelope.page(requestId, cost, pageNumber, pageSize, rows.size(), page);
    }

    private static boolean matches(ProjectRow row, Set<String> statuses, String type, String search) {
        if (!statuses.isEmpty() && !statuses.contains(row.status().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (type != null && !type.equalsIgnoreCase(row.type())) {
            return false;
        }
        if (search == null) {
            return true;
        }
        String key = search.toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(key) || row.id().toLowerCase(Locale.ROOT).contains(key);
    }

    private ProjectRow row(Scenario s, ScenarioTime t) {
        ProjectFacts f = s.facts();
        List<StepView> steps = listed(writer.steps(s.answerAt(t)));
        return new ProjectRow(s.projectId(), f.name(), f.type(), projectStatus(steps), "simulator", "MEDIUM",
                OMS_TIME.format(t.origin().minus(f.createdBeforeStart())), OMS_TIME.format(t.now()),
                f.sourceEndpointType(), f.sinkEndpointType(), List.of(), steps, extraInfo(steps));
    }

    /**
     * The steps as ListProjects lists them: without the incremental log pull, whose order number is left out, so
     * the orders have a gap (1, 3, 4 in the self-hosted answer captured in oceanbase/odc's OmsClientTest).
     */
    private List<StepView> listed(List<StepView> steps) {
        return steps.stream().filter(s -> s.name() == null || !s.name().endsWith("INCR_LOG_PULL")).map(flavoured).toList();
    }

    /** The project status a console derives from its steps. */
    static String projectStatus(List<StepView> steps) {
        List<String> all = new ArrayList<>();
        steps.forEach(s -> all.add(s.status() == null ? "" : s.status().toUpperCase(Locale.ROOT)));
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
    private static ProjectRow.ExtraInfo extraInfo(List<StepView> steps) {
        StepView running = null;
        for (String wanted : List.of("FAILED", "SUSPEND", "RUNNING")) {
            for (StepView s : steps) {
                if (running == null && wanted.equals(s.status())) {
                    running = s;
                }
            }
        }
        if (running == null) {
            for (StepView s : steps) {
                if (!"INIT".equals(s.status())) {
                    running = s;
                }
            }
        }
        Map<String, Object> lagged = null;
        for (StepView s : steps) {
            if (s.stepInfo() != null && s.stepInfo().containsKey("incrTimestampCheckpoint") && !"FINISHED".equals(s.status())) {
                lagged = s.stepInfo();
            }
        }
        String runningStep = running == null ? null : running.name();
        Integer runningProgress = running == null ? null : running.progress();
        if (lagged == null) {
            return new ProjectRow.ExtraInfo(runningStep, runningProgress, null, null, null);
        }
        long sample = longOf(lagged.get("checkpointSampleTimestamp"));
        long checkpoint = longOf(lagged.get("incrTimestampCheckpoint"));
        return new ProjectRow.ExtraInfo(runningStep, runningProgress, Math.max(0, sample - checkpoint), sample, checkpoint);
    }

    private static long longOf(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
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
