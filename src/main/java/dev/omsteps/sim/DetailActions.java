package dev.omsteps.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.scenario.ErrorDetailView;
import dev.omsteps.sim.scenario.MigratedTables;
import dev.omsteps.sim.scenario.ProjectFacts;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioTime;
import dev.omsteps.sim.scenario.StepView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DescribeProject, DescribeProjectComponents, DescribeProjectStepMetric and
 * ListProjectFullVerifyResult, for both flavours: what each says is derived from the scenario's
 * steps, so it agrees with DescribeProjectSteps at every moment. Metric history is the scenario
 * itself evaluated at past moments. Parameters arrive named as the OpenAPI names them
 * ({@code ProjectId}), lists as JSON text; a bad one is answered as OMS answers it, with
 * {@code Success: false}.
 */
final class DetailActions {

    static final Set<String> ACTIONS = Set.of("DescribeProject", "DescribeProjectComponents",
            "DescribeProjectStepMetric", "ListProjectFullVerifyResult");

    private static final DateTimeFormatter OMS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Map<String, String> SELF_HOSTED_STEP = Map.of("INCR_SYNC", "INCR_TRANSFER", "FULL_VALIDATION", "FULL_VERIFIER");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnswerWriter writer;
    private final LiveScenarios scenarios;

    DetailActions(AnswerWriter writer, LiveScenarios scenarios) {
        this.writer = writer;
        this.scenarios = scenarios;
    }

    /** The parameter naming the project: {@code Id} for the Describe actions, {@code ProjectId} for the others. */
    static String idParameter(String action) {
        return action.equals("DescribeProject") || action.equals("DescribeProjectComponents") ? "Id" : "ProjectId";
    }

    /** The answer's envelope; {@code scenario} is the project the id parameter named. */
    Envelope answer(String action, Map<String, String> params, Scenario scenario, String requestId, String cost) {
        ScenarioTime t = scenarios.now();
        List<StepView> steps = writer.steps(scenario.answerAt(t));
        try {
            return switch (action) {
                case "DescribeProject" -> Envelope.one(requestId, cost, 1, project(scenario, steps, t));
                case "DescribeProjectComponents" -> Envelope.one(requestId, cost, 1, components(steps, t));
                case "DescribeProjectStepMetric" -> Envelope.one(requestId, cost, 1, metrics(scenario, params, t));
                case "ListProjectFullVerifyResult" -> verification(scenario.tables(), steps, params, requestId, cost);
                default -> throw new IllegalArgumentException(action);
            };
        } catch (InvalidParameter e) {
            ErrorDetailView d = new ErrorDetailView("INVALID_PARAMETER", "ERROR", e.getMessage(), null, null,
                    "Check the request parameters.");
            return Envelope.failure(requestId, cost, d, e.getMessage());
        }
    }

    private static final class InvalidParameter extends RuntimeException {
        InvalidParameter(String message) {
            super(message, null, false, false);
        }
    }

    // --- DescribeProject

    private static DetailViews.Project project(Scenario s, List<StepView> steps, ScenarioTime t) {
        ProjectFacts f = s.facts();
        MigratedTables m = s.tables();
        StepView failed = steps.stream().filter(st -> "FAILED".equals(st.status())).findFirst().orElse(null);
        Set<String> names = new HashSet<>();
        steps.forEach(st -> names.add(st.name()));
        List<DetailViews.Table> tables = m.tables().stream().map(n -> new DetailViews.Table(n, n)).toList();
        return new DetailViews.Project(s.projectId(), f.name(), f.type(), ListProjectsAction.projectStatus(steps),
                s.projectId().contains("verify") ? "HIGH" : "MEDIUM", "simulator",
                List.of(new DetailViews.Label("l_sim0001", "simulated")), f.sourceEndpointType(), f.sinkEndpointType(),
                OMS_TIME.format(t.origin().minus(f.createdBeforeStart())), steps.isEmpty() ? null : steps.get(0).startTime(),
                names.contains("STRUCT_TRANSFER"), names.contains("FULL_TRANSFER"), names.contains("FULL_VERIFIER"),
                names.contains("INCR_TRANSFER"), false, false,
                new DetailViews.AlarmStats(failed != null, failed == null ? null : "Step " + failed.name() + " failed",
                        failed == null ? 0 : 1),
                new DetailViews.TransferMapping(List.of(new DetailViews.Database(m.sourceSchema(), m.targetSchema(), tables))));
    }

    // --- DescribeProjectComponents

    private static DetailViews.Components components(List<StepView> steps, ScenarioTime t) {
        long now = t.nowEpochSecond();
        List<DetailViews.Store> stores = new ArrayList<>();
        List<DetailViews.SyncComponent> syncs = new ArrayList<>();
        List<DetailViews.Worker> imports = new ArrayList<>();
        List<DetailViews.Worker> verifiers = new ArrayList<>();
        StepView incr = step(steps, "INCR_TRANSFER");
        long lag = incr == null || incr.stepInfo() == null ? 1 : Math.max(0,
                number(incr.stepInfo().get("checkpointSampleTimestamp"), now) - number(incr.stepInfo().get("incrTimestampCheckpoint"), now));
        StepView logPull = step(steps, "INCR_LOG_PULL");
        if (started(logPull)) {
            stores.add(new DetailViews.Store("10.0.0.7-7145:" + "OB_MYSQL_store:0000000097", "10.0.0.7", 2883, "cn-hangzhou",
                    "OB_MYSQL_store", componentStatus(logPull), Math.min(lag, 2), 1_500, OMS_TIME.format(Instant.ofEpochSecond(now - 86_400)),
                    OMS_TIME.format(Instant.ofEpochSecond(now - Math.min(lag, 2))), now - 3, null, errors(logPull)));
        }
        if (started(incr)) {
            long checkpoint = incr.stepInfo() == null ? now - lag : number(incr.stepInfo().get("incrTimestampCheckpoint"), now - lag);
            long sample = incr.stepInfo() == null ? now : number(incr.stepInfo().get("checkpointSampleTimestamp"), now);
            syncs.add(new DetailViews.SyncComponent("10.0.0.8-9000:connector_v2:incr_trans-1-0:0000000277", "incr-1", "10.0.0.8",
                    "cn-hangzhou", componentStatus(incr), lag, "FINISHED".equals(incr.status()) ? 0 : 850,
                    OMS_TIME.format(Instant.ofEpochSecond(checkpoint)), sample, errors(incr)));
        }
        StepView full = step(steps, "FULL_TRANSFER");
        if (started(full)) {
            imports.add(new DetailViews.Worker("10.0.0.9-9000:connector_v2:full_trans-1-0:0000000276", "full-1", "10.0.0.9",
                    "cn-hangzhou", componentStatus(full), full.progress(), errors(full)));
        }
        StepView verify = step(steps, "FULL_VERIFIER");
        if (started(verify)) {
            verifiers.add(new DetailViews.Worker("10.0.0.9-9000:90247:0000000033", "verify-1", "10.0.0.9",
                    "cn-hangzhou", componentStatus(verify), verify.progress(), errors(verify)));
        }
        return new DetailViews.Components(stores, List.of(), syncs, List.of(), imports, verifiers);
    }

    private static boolean started(StepView s) {
        return s != null && !"INIT".equals(s.status());
    }

    private static String componentStatus(StepView s) {
        return switch (s.status()) {
            case "FAILED" -> "EXCEPTION";
            case "SUSPEND" -> "STOPPED";
            case "FINISHED" -> "FINISHED";
            default -> "RUNNING";
        };
    }

    private static List<ErrorDetailView> errors(StepView s) {
        if (!"FAILED".equals(s.status())) {
            return List.of();
        }
        if (s.extraInfo() != null && s.extraInfo().errorDetails() != null && !s.extraInfo().errorDetails().isEmpty()) {
            return s.extraInfo().errorDetails();
        }
        return List.of(new ErrorDetailView("CM-COMPONENT-EXCEPTION", "ERROR", "The component stopped with an error.", null, null, null));
    }

    // --- ListProjectFullVerifyResult

    private static Envelope verification(MigratedTables m, List<StepView> steps, Map<String, String> params, String requestId,
                                         String cost) {
        int pageNumber = positive(params, "PageNumber", 1, Integer.MAX_VALUE);
        int pageSize = positive(params, "PageSize", 10, 150);
        List<String> sourceSchemas = list(params, "SourceSchemas");
        List<String> destSchemas = list(params, "DestSchemas");
        List<String> statuses = list(params, "Status");
        StepView verify = step(steps, "FULL_VERIFIER");
        List<DetailViews.TableResult> all = new ArrayList<>();
        long different = 0;
        boolean schemaMatches = (sourceSchemas.isEmpty() || sourceSchemas.contains(m.sourceSchema()))
                && (destSchemas.isEmpty() || destSchemas.contains(m.targetSchema()));
        if (started(verify) && schemaMatches) {
            int n = m.tables().size();
            int progress = "FINISHED".equals(verify.status()) ? 100 : verify.progress();
            int finished = progress >= 100 ? n : progress * n / 100;
            for (int i = 0; i < n; i++) {
                String table = m.tables().get(i);
                long rows = 100_000L * (i + 1);
                long mismatched = m.mismatched().getOrDefault(table, 0L);
                DetailViews.TableResult r;
                if (i < finished) {
                    different += mismatched;
                    r = new DetailViews.TableResult(m.sourceSchema(), table, m.targetSchema(), "FINISHED",
                            mismatched > 0 ? "INCONSISTENT" : "CONSISTENT", mismatched > 0 ? "Data is inconsistent" : "Data is consistent",
                            "100", rows - mismatched, mismatched, 0, 0, null, List.of());
                } else if (i == finished) {
                    String status = switch (verify.status()) {
                        case "FAILED" -> "ERROR";
                        case "SUSPEND" -> "SUSPEND";
                        default -> "RUNNING";
                    };
                    int p = Math.max(0, Math.min(99, (progress * n - 100 * i)));
                    r = new DetailViews.TableResult(m.sourceSchema(), table, m.targetSchema(), status,
                            status.equals("ERROR") ? "RUNTIME_EXCEPTION" : "RUNNING", null, Integer.toString(p),
                            rows * p / 100, 0, 0, 0, null, status.equals("ERROR") ? errors(verify) : List.of());
                } else {
                    r = new DetailViews.TableResult(m.sourceSchema(), table, m.targetSchema(), "RUNNING", "RUNNING", null,
                            "0", 0, 0, 0, 0, null, List.of());
                }
                if (statuses.isEmpty() || statuses.contains(r.status())) {
                    all.add(r);
                }
            }
        }
        int from = (int) Math.min(all.size(), (long) (pageNumber - 1) * pageSize);
        List<DetailViews.TableResult> page = all.subList(from, Math.min(all.size(), from + pageSize));
        return new Envelope(true, null, null, null, null, requestId, pageNumber, pageSize, all.size(), cost,
                new DetailViews.Verification(different, page));
    }

    // --- DescribeProjectStepMetric

    private static final long MIN_WINDOW_SECONDS = 3600;

    private DetailViews.Metrics metrics(Scenario s, Map<String, String> params, ScenarioTime t) {
        String step = required(params, "StepName").toUpperCase(Locale.ROOT);
        step = SELF_HOSTED_STEP.getOrDefault(step, step);
        String metric = required(params, "MetricType").toUpperCase(Locale.ROOT);
        String aggregator = Optional.ofNullable(params.get("Aggregator")).orElse("NONE").toUpperCase(Locale.ROOT);
        long begin = longParam(params, "BeginTimestamp");
        long end = longParam(params, "EndTimestamp");
        int maxPoints = positive(params, "MaxPointNum", 360, 72_460);
        long now = t.nowEpochSecond();
        if (!aggregator.equals("AVG") && !aggregator.equals("NONE")) {
            throw new InvalidParameter("Aggregator must be AVG or NONE.");
        }
        if (end - begin < MIN_WINDOW_SECONDS) {
            throw new InvalidParameter("The interval between BeginTimestamp and EndTimestamp must be at least one hour.");
        }
        if (end > now + 60) {
            throw new InvalidParameter("EndTimestamp must not be later than the current time.");
        }
        if (maxPoints < 5) {
            throw new InvalidParameter("MaxPointNum must be between 5 and 72460.");
        }
        int points = Math.min(Math.min(maxPoints, 2_000), (int) Math.max(2, (end - begin) / 10));
        List<DetailViews.Point> out = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            long at = begin + (end - begin) * i / (points - 1);
            ScenarioTime past = new ScenarioTime(t.origin(), t.elapsed().minus(Duration.ofSeconds(now - at)), t.seed(), t.switchovers());
            StepView st = step(writer.steps(s.answerAt(past)), step);
            Double v = st == null || !started(st) || st.stepInfo() == null ? null : value(metric, st.stepInfo(), at);
            if (v != null) {
                out.add(new DetailViews.Point(at, v));
            }
        }
        return new DetailViews.Metrics(aggregator, null,
                List.of(new DetailViews.Series(s.projectId() + "_" + step.toLowerCase(Locale.ROOT) + "_" + metric.toLowerCase(Locale.ROOT),
                        Map.of("step", step, "metric", metric), out)));
    }

    /** A metric's value from a step's StepInfo; null when the step does not report it. */
    private static Double value(String metric, Map<String, Object> info, long at) {
        return switch (metric) {
            case "DELAY" -> info.containsKey("incrTimestampCheckpoint")
                    ? (double) Math.max(0, number(info.get("checkpointSampleTimestamp"), at) - number(info.get("incrTimestampCheckpoint"), at))
                    : null;
            case "RPS", "FULL_VERIFY_DEST_RPS" -> figure(info, "dstRps");
            case "FULL_VERIFY_SOURCE_RPS" -> figure(info, "srcRps");
            case "IOPS", "FULL_VERIFY_DEST_READ_IOPS" -> figure(info, "dstIops");
            case "FULL_VERIFY_SOURCE_READ_IOPS" -> figure(info, "srcIops");
            case "SINK_EXECUTE_TIME", "SINK_COMMIT_TIME" -> figure(info, "dstRt");
            case "SOURCE_READ_TIME", "SOURCE_SLICE_TIME" -> figure(info, "srcRt");
            default -> throw new InvalidParameter("MetricType " + metric + " is not supported.");
        };
    }

    private static Double figure(Map<String, Object> info, String key) {
        Object v = info.get(key);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    // --- parameters and steps

    private static StepView step(List<StepView> steps, String name) {
        return steps.stream().filter(s -> name.equals(s.name())).findFirst().orElse(null);
    }

    private static long number(Object v, long fallback) {
        return v instanceof Number n ? n.longValue() : fallback;
    }

    private static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new InvalidParameter(name + " is required.");
        }
        return v.strip();
    }

    private static long longParam(Map<String, String> params, String name) {
        try {
            return Long.parseLong(required(params, name));
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name + " must be a number of seconds.");
        }
    }

    private static int positive(Map<String, String> params, String name, int dflt, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > max) {
                throw new InvalidParameter(name + " must be between 1 and " + max + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name + " must be a number.");
        }
    }

    /** A list parameter: the JSON text of an array, as the SDK sends it; a bare value is a list of one. */
    private static List<String> list(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        try {
            JsonNode n = JSON.readTree(v);
            if (n.isArray()) {
                List<String> out = new ArrayList<>();
                n.forEach(e -> out.add(e.asText()));
                return out;
            }
        } catch (IOException notJson) {
            // a bare value
        }
        return List.of(v.strip());
    }
}
