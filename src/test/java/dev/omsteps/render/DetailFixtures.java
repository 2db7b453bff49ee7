package dev.omsteps.render;

import dev.omsteps.model.Component;
import dev.omsteps.model.ComponentKind;
import dev.omsteps.model.ComponentsParser;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.MetricSeries;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.ProjectDetailsParser;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.testing.Examples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made verification, component and metric data for the detail renderers, on a fixed clock. */
final class DetailFixtures {

    static final Instant NOW = Snapshots.NOW;

    private DetailFixtures() {
    }

    static TableVerification table(String schema, String name, String status, String result, Long mismatched, Long srcOnly,
                                   Long dstOnly, Long consistent, Integer progress, String desc, List<ErrorDetail> errors) {
        return new TableVerification(schema, name, schema + "_new", status, result, desc, progress, consistent, mismatched,
                srcOnly, dstOnly, null, errors);
    }

    /** Two inconsistent tables (one with an error), one still running, three clean. */
    static VerificationReport verification() {
        List<TableVerification> t = List.of(
                table("shop", "customers", "FINISHED", "CONSISTENT", 0L, 0L, 0L, 1_204_332L, 100, null, List.of()),
                table("shop", "orders", "FINISHED", "INCONSISTENT", 12L, 3L, 0L, 8_802_113L, 100,
                        "Some rows differ between source and target", List.of()),
                table("shop", "order_items_with_a_rather_long_name", "RUNNING", "RUNNING", 0L, 0L, 0L, 20_100_000L, 62, null, List.of()),
                table("shop", "payments", "ERROR", "RUNTIME_EXCEPTION", null, null, null, null, 40, null,
                        List.of(new ErrorDetail("VERIFY_READ_ERROR", "ERROR", "Failed to read from the target: connection reset by peer",
                                Map.of(), Map.of(), null, "Check the network between OMS and the target, then resume."))),
                table("shop", "coupons", "FINISHED", "BOTH_EMPTY", 0L, 0L, 0L, 0L, 100, null, List.of()),
                table("shop", "商品目录", "FINISHED", "CONSISTENT", 0L, 0L, 0L, 5_000L, 100, null, List.of()));
        Step step = new Step(5, "FULL_VERIFIER", "全量校验", StepStatus.of("RUNNING"), 88, NOW.minus(Duration.ofHours(2)), null,
                null, List.of(), null, null, Map.of(), null);
        return new VerificationReport("np_4w3a5b6c", NOW, 15L, t, step);
    }

    static VerificationReport clean() {
        List<TableVerification> t = List.of(
                table("shop", "customers", "FINISHED", "CONSISTENT", 0L, 0L, 0L, 1_204_332L, 100, null, List.of()),
                table("shop", "coupons", "FINISHED", "BOTH_EMPTY", 0L, 0L, 0L, 0L, 100, null, List.of()));
        Step step = new Step(5, "FULL_VERIFIER", null, StepStatus.of("RUNNING"), 100, NOW.minus(Duration.ofHours(2)),
                NOW.minusSeconds(60), null, List.of(), null, null, Map.of(), null);
        return new VerificationReport("np_4w3a5b6c", NOW, 0L, t, step);
    }

    static ProjectComponents publishedComponents() {
        return new ComponentsParser().parse("np_4w3a5b6c", Instant.ofEpochSecond(1689250071 + 95),
                Examples.cloud("DescribeProjectComponents"));
    }

    static List<Component> stalledSync() {
        return List.of(
                new Component(ComponentKind.STORE, "10.0.0.7-7145:OB_MYSQL_np_4w3a5b6c:0000000097", "10.0.0.7", "cn-hangzhou",
                        "RUNNING", 2L, 1_500L, NOW.minusSeconds(3), null, NOW.minusSeconds(4), null, List.of()),
                new Component(ComponentKind.INCR_SYNC, "10.0.0.8-9000:connector_v2:np_4w3a5b6c-incr_trans-1-0:0000000277", "10.0.0.8",
                        "cn-hangzhou", "EXCEPTION", 1_830L, 0L, NOW.minusSeconds(1_830), NOW.minusSeconds(20), null, null,
                        List.of(new ErrorDetail("CM-SINK-1205", "ERROR", "Write to target failed: Duplicate entry '42' for key 'PRIMARY'",
                                Map.of(), Map.of(), null, null))));
    }

    static ProjectDetails facts() {
        return new ProjectDetailsParser().parse(Examples.cloud("DescribeProject"));
    }

    static ProjectDetails alarmingFacts() {
        ProjectDetails d = facts();
        return new ProjectDetails(d.id(), d.name(), d.type(), d.status(), "HIGH", d.owner(), List.of("prod", "payments"),
                "MYSQL", "OB_MYSQL", d.createdAt(), d.startedAt(), d.finishedAt(), d.enabledPhases(), true,
                "Incremental sync delay above 300s", 3, d.schemas());
    }

    /** Six hours of incremental lag, one point every 5 minutes: a slow rise to a spike, then recovery. */
    static MetricHistory lag() {
        Instant begin = NOW.minus(Duration.ofHours(6));
        MetricQuery q = new MetricQuery("np_4w3a5b6c", "INCR_TRANSFER", "DELAY", "AVG", begin, NOW, 72);
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i <= 72; i++) {
            double v = i < 40 ? 2 + i * 0.5 : i < 50 ? 22 + (i - 40) * 15 : Math.max(3, 172 - (i - 50) * 9);
            if (i != 20 && i != 21) {
                points.add(new MetricPoint(begin.plus(Duration.ofMinutes(5L * i)), v));
            }
        }
        return new MetricHistory(q, NOW, "R-1", "AVG", null, List.of(new MetricSeries("np_4w3a5b6c_delay", Map.of("step", "INCR_TRANSFER"), points)));
    }
}
