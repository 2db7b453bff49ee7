package dev.omsteps.render.report;

import dev.omsteps.model.Component;
import dev.omsteps.model.ComponentKind;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.MetricSeries;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetailsParser;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.model.report.ChartPlan;
import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.model.report.Gap;
import dev.omsteps.model.report.Report;
import dev.omsteps.testing.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report of a steady migration (the {@code monitoring-sync} snapshot, the published DescribeProject
 * and DescribeProjectComponents examples) whose verification found a table with a hostile name: one
 * that would run script, break a Markdown table or forge a link if it were not escaped.
 */
public final class ReportFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final String HOSTILE_TABLE = "<img src=x onerror=alert(1)>|[x](http://evil.example)";
    public static final String HOSTILE_MESSAGE = "</td></tr></table><script>alert('pwned')</script>*bold* `code`";

    private ReportFixtures() {
    }

    public static Report report() {
        StepsSnapshot steps = steps();
        List<TableVerification> tables = List.of(
                table("customers", "CONSISTENT", 0L, 1_204_332L, null),
                table(HOSTILE_TABLE, "INCONSISTENT", 7L, 88_120L, HOSTILE_MESSAGE),
                table("coupons", "BOTH_EMPTY", 0L, 0L, null));
        VerificationReport verification = new VerificationReport("np_4w3a5b6c", NOW, 7L, tables,
                VerificationReport.verifierStepOf(steps.steps()));
        ProjectComponents components = new ProjectComponents("np_4w3a5b6c", NOW, "R-2", List.of(
                new Component(ComponentKind.STORE, "10.0.0.7-7145:OB_MYSQL_np_4w3a5b6c:0000000097", "10.0.0.7", "cn-hangzhou",
                        "RUNNING", 2L, 1_500L, NOW.minusSeconds(3), null, NOW.minusSeconds(4), null, List.of()),
                new Component(ComponentKind.INCR_SYNC, "10.0.0.8-9000:connector_v2:np_4w3a5b6c-incr_trans-1-0:0000000277", "10.0.0.8",
                        "cn-hangzhou", "RUNNING", 3L, 850L, NOW.minusSeconds(3), NOW.minusSeconds(2), null, null, List.of()),
                new Component(ComponentKind.FULL_IMPORT, "10.0.0.9-9000:connector_v2:np_4w3a5b6c-full_trans-1-0:0000000276", "10.0.0.9",
                        "cn-hangzhou", "FINISHED", null, null, null, null, null, 100, List.of())));
        List<ChartSeries> charts = new ArrayList<>();
        for (ChartPlan plan : ChartPlan.of("np_4w3a5b6c", steps.steps(), NOW, Duration.ofHours(6))) {
            charts.add(plan.chart(history(plan.query()), Duration.ofSeconds(25)));
        }
        return new Report("np_4w3a5b6c", NOW, "OceanBase Cloud OpenAPI at https://oceanbasepro.cn-hangzhou.aliyuncs.com (region cn-hangzhou)",
                "omsteps 1.0.0", Duration.ofHours(6), Duration.ofSeconds(25), steps,
                new ProjectDetailsParser().parse(Examples.cloud("DescribeProject")), verification, components, charts,
                List.of(new Gap("Incremental sync: rows per second history", "omsteps: the server said <b>no</b> — try later")));
    }

    static StepsSnapshot steps() {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/snapshots/monitoring-sync.json")) {
            return new ResponseParser().parseSteps("np_4w3a5b6c", NOW, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableVerification table(String name, String result, Long mismatched, Long consistent, String message) {
        return new TableVerification("shop", name, "shop_ob", "FINISHED", result, null, 100, consistent, mismatched, 0L, 0L,
                message, List.of());
    }

    /** A made-up history for a planned chart: lag that rises to a spike and recovers, or a rate with a reference. */
    private static MetricHistory history(MetricQuery q) {
        boolean lag = q.metricType().equals("DELAY");
        long seconds = Duration.between(q.begin(), q.end()).toSeconds();
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double v = lag ? (i < 30 ? 3 + i * 0.4 : i < 38 ? 15 + (i - 30) * 9 : Math.max(2, 87 - (i - 38) * 6))
                    : 4_000 + 1_500 * Math.sin(i / 6.0);
            points.add(new MetricPoint(q.begin().plusSeconds(seconds * i / 60), v));
        }
        return new MetricHistory(q, NOW, "R-3", "AVG", lag ? null : 5_000.0,
                List.of(new MetricSeries("np_4w3a5b6c_" + q.metricType().toLowerCase(java.util.Locale.ROOT), Map.of(), points)));
    }
}
