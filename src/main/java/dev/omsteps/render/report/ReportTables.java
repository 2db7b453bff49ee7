package dev.omsteps.render.report;

import dev.omsteps.model.Component;
import dev.omsteps.model.MetricSeries;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.model.report.Report;
import dev.omsteps.render.MetricUnits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as plain cells, made once for both formats: each format escapes the cells its
 * own way and lays them out. A row carries a tone that HTML colours (Markdown does not).
 */
final class ReportTables {

    /** How a row reads at a glance; fixed words, safe as CSS class names. */
    enum Tone { OK, WARN, BAD, NONE }

    record Row(Tone tone, List<String> cells) {
    }

    record Table(List<String> headers, List<Row> rows) {
    }

    private ReportTables() {
    }

    /** Facts about the project and the report: label and value pairs. */
    static List<List<String>> facts(Report r) {
        List<List<String>> out = new ArrayList<>();
        ProjectDetails d = r.project();
        out.add(List.of("Project", d != null && d.name() != null ? d.name() + " (" + r.projectId() + ")" : r.projectId()));
        if (d != null) {
            if (d.type() != null) {
                out.add(List.of("Type", d.type()));
            }
            if (d.sourceEndpointType() != null || d.sinkEndpointType() != null) {
                out.add(List.of("Data flow", nz(d.sourceEndpointType()) + " → " + nz(d.sinkEndpointType())));
            }
            if (!d.schemas().isEmpty()) {
                out.add(List.of("Schemas", String.join(", ", d.schemas().stream().map(m -> m.source() + " → " + m.target()).toList())));
            }
            if (d.status() != null) {
                out.add(List.of("Project status", d.status()));
            }
            if (d.importance() != null) {
                out.add(List.of("Importance", d.importance()));
            }
            if (!d.labels().isEmpty()) {
                out.add(List.of("Labels", String.join(", ", d.labels())));
            }
            if (Boolean.TRUE.equals(d.alarming())) {
                out.add(List.of("Alarm", d.alarmContent() != null ? d.alarmContent() : "raised"));
            }
        }
        out.add(List.of("Generated", ReportFormat.time(r.generatedAt()) + " by " + r.generator()));
        out.add(List.of("Against", r.target()));
        out.add(List.of("Metric window", "the last " + ReportFormat.window(r.window())
                + " (" + ReportFormat.time(r.generatedAt().minus(r.window())) + " to " + ReportFormat.time(r.generatedAt()) + ")"));
        return out;
    }

    static Table steps(Report r) {
        Instant now = r.generatedAt();
        List<Row> rows = new ArrayList<>();
        for (Step s : r.steps().steps()) {
            Integer p = s.clampedProgress();
            rows.add(new Row(tone(s), List.of(String.valueOf(s.order()), StepNames.title(s) + (s.name() != null ? " (" + s.name() + ")" : ""),
                    s.status().raw(), p == null ? "—" : p + "%", ReportFormat.time(s.startTime()), ReportFormat.time(s.finishTime()),
                    ReportFormat.stepDuration(s, now), Report.stepError(s).orElse(""))));
        }
        return new Table(List.of("#", "Step", "Status", "Progress", "Started", "Finished", "Duration", "Error"), rows);
    }

    /** Every table, worst first (the order the verification report keeps). */
    static Table verification(Report r) {
        List<Row> rows = new ArrayList<>();
        for (TableVerification t : r.verification().tables()) {
            Tone tone = switch (t.standing()) {
                case DIFFERENT -> Tone.BAD;
                case UNFINISHED -> Tone.WARN;
                case CLEAN -> Tone.OK;
            };
            String note = t.message() != null ? t.message()
                    : t.errors().stream().filter(e -> !e.isEmpty()).findFirst().map(Report::errorLine).orElse(nz(t.resultDesc()));
            rows.add(new Row(tone, List.of(t.sourceName(), target(t), nz(t.resultType()), nz(t.status()),
                    ReportFormat.count(t.mismatchedCount()), ReportFormat.count(t.sourceOnlyCount()), ReportFormat.count(t.destOnlyCount()),
                    ReportFormat.count(t.consistentCount()), t.progress() == null ? "—" : t.progress() + "%", note)));
        }
        return new Table(List.of("Table", "Target", "Result", "Status", "Mismatched", "Source only", "Target only", "Consistent",
                "Progress", "Message"), rows);
    }

    static Table charts(Report r) {
        List<Row> rows = new ArrayList<>();
        for (ChartSeries c : r.charts()) {
            String metric = c.history().query().metricType();
            MetricSeries s = c.history().main();
            boolean data = s != null && !s.points().isEmpty();
            rows.add(new Row(Tone.NONE, List.of(c.title(), c.history().query().stepName() + " " + metric,
                    data ? MetricUnits.format(metric, s.latest().getAsDouble()) : "—",
                    data ? MetricUnits.format(metric, s.min().getAsDouble()) : "—",
                    data ? MetricUnits.format(metric, s.max().getAsDouble()) : "—",
                    c.baseline() == null ? "—" : c.baselineLabel() + " " + MetricUnits.format(metric, c.baseline()),
                    String.valueOf(data ? s.points().size() : 0))));
        }
        return new Table(List.of("Chart", "Metric", "Latest", "Min", "Max", "Baseline", "Points"), rows);
    }

    static Table components(Report r) {
        Instant now = r.generatedAt();
        List<Row> rows = new ArrayList<>();
        for (Component c : r.components().components()) {
            rows.add(new Row(c.isInTrouble() ? Tone.BAD : Tone.OK, List.of(c.kind().title(), nz(c.name()), nz(c.status()),
                    c.delaySeconds() == null ? "—" : ReportFormat.duration(java.time.Duration.ofSeconds(Math.max(0, c.delaySeconds()))),
                    c.tps() == null ? "—" : c.tps() + "/s", c.progress() == null ? "—" : c.progress() + "%",
                    ReportFormat.duration(c.heartbeatAge(now)),
                    c.errors().stream().filter(e -> !e.isEmpty()).map(Report::errorLine).findFirst().orElse(""))));
        }
        return new Table(List.of("Kind", "Name", "Status", "Delay", "TPS", "Progress", "Heartbeat age", "Errors"), rows);
    }

    private static Tone tone(Step s) {
        StepStatus.Kind k = s.status().kind();
        if (k == StepStatus.Kind.FAILED || s.hasError()) {
            return Tone.BAD;
        }
        if (k == StepStatus.Kind.SUSPEND) {
            return Tone.WARN;
        }
        return k == StepStatus.Kind.FINISHED || k == StepStatus.Kind.MONITORING
                || (s.clampedProgress() != null && s.clampedProgress() >= 100 && s.finishTime() != null) ? Tone.OK : Tone.NONE;
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    /** A table's target name: its destination schema and the source table's name (OMS keeps the name). */
    private static String target(TableVerification t) {
        return t.destSchema() == null ? "—" : t.destSchema() + "." + (t.sourceTable() == null ? "?" : t.sourceTable());
    }
}
