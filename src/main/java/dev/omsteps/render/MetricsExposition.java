package dev.omsteps.render;

import dev.omsteps.model.FleetReading;
import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exporter's page: every context's projects in the Prometheus text format (0.0.4) or OpenMetrics
 * 1.0. Names carry their unit ({@code _seconds}, {@code _ratio}) and counters end in {@code _total};
 * labels are the context, the project ID, the step name, a status and a side — values from small,
 * known sets — so 2,000 projects stay a few tens of thousands of series. Project names, which people
 * change and which may hold anything, appear only on {@code omsteps_project_info}.
 */
public final class MetricsExposition {

    public static final String TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    public static final String OPENMETRICS_CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    /** One metric family: its samples as label sets and values. */
    private record Family(String name, String type, String help, List<String> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Duration laggingFrom;

    private MetricsExposition(Duration laggingFrom) {
        this.laggingFrom = laggingFrom;
    }

    /** Writes the page for {@code fleets}, stages judged at the default lagging threshold. */
    public static void write(List<FleetReading> fleets, Instant now, boolean openMetrics, PrintWriter out) {
        write(fleets, now, ProjectStage.DEFAULT_LAGGING_FROM, openMetrics, out);
    }

    /** Writes the page for {@code fleets}; a project's stage ({@link ProjectStage}) counts sync lagging from {@code laggingFrom}. */
    public static void write(List<FleetReading> fleets, Instant now, Duration laggingFrom, boolean openMetrics, PrintWriter out) {
        MetricsExposition e = new MetricsExposition(laggingFrom);
        e.declare();
        fleets.forEach(f -> e.add(f, now));
        e.print(openMetrics, out);
        out.flush();
    }

    private void declare() {
        family("omsteps_up", "gauge", "Whether the latest refresh of the context's projects succeeded (1) or not (0).");
        family("omsteps_last_refresh_timestamp_seconds", "gauge", "When the projects were last listed successfully, in Unix seconds.");
        family("omsteps_refresh_duration_seconds", "gauge", "How long the latest refresh took.");
        family("omsteps_refreshes_total", "counter", "Refreshes tried.");
        family("omsteps_api_requests_total", "counter", "OMS API requests made.");
        family("omsteps_api_errors_total", "counter", "Failed refreshes, by kind of API error.");
        family("omsteps_projects", "gauge", "Projects in scope.");
        family("omsteps_project_info", "gauge", "A project's name and type; always 1.");
        family("omsteps_project_status", "gauge", "A project's status as OMS reports it; 1 for the current status.");
        family("omsteps_project_stage", "gauge", "Where a project stands (failed, suspended, lagging, running, syncing,"
                + " ready-for-switchover, finished), as omsteps judges it everywhere; 1 for the current stage.");
        family("omsteps_step_status", "gauge", "A step's status; 1 for the current status.");
        family("omsteps_step_progress_ratio", "gauge", "A step's progress, 0 to 1.");
        family("omsteps_incremental_lag_seconds", "gauge", "How far incremental sync is behind the source.");
        family("omsteps_incremental_lag_sample_age_seconds", "gauge", "How old the checkpoint sample behind the lag was at the listing.");
        family("omsteps_step_rows_per_second", "gauge", "Rows per second a full transfer or verification step reads (source) or writes (target).");
        family("omsteps_step_rows_per_second_baseline", "gauge", "The rows-per-second baseline OMS reports for the step.");
        family("omsteps_verification_differences", "gauge", "Rows that differ between source and target in the project's latest verification.");
    }

    private void family(String name, String type, String help) {
        families.put(name, new Family(name, type, help, new ArrayList<>()));
    }

    private void sample(String family, String suffix, Map<String, String> labels, double value) {
        StringBuilder sb = new StringBuilder(family).append(suffix);
        if (!labels.isEmpty()) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, String> l : labels.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(l.getKey()).append("=\"").append(escape(l.getValue())).append('"');
            }
            sb.append('}');
        }
        sb.append(' ').append(number(value));
        families.get(family).samples().add(sb.toString());
    }

    private void gauge(String family, Map<String, String> labels, double value) {
        sample(family, "", labels, value);
    }

    private void add(FleetReading f, Instant now) {
        Map<String, String> ctx = labels("context", f.context());
        gauge("omsteps_up", ctx, f.up() ? 1 : 0);
        if (f.listedAt() != null) {
            gauge("omsteps_last_refresh_timestamp_seconds", ctx, f.listedAt().toEpochMilli() / 1000.0);
        }
        gauge("omsteps_refresh_duration_seconds", ctx, f.refreshDuration().toMillis() / 1000.0);
        gauge("omsteps_refreshes_total", ctx, f.refreshes());
        gauge("omsteps_api_requests_total", ctx, f.requests());
        new TreeMap<>(f.apiErrors()).forEach((kind, n) -> gauge("omsteps_api_errors_total", with(ctx, "kind", kind), n));
        gauge("omsteps_projects", ctx, f.projects().size());
        for (ProjectSummary p : f.projects()) {
            Map<String, String> pl = with(ctx, "project", p.id());
            Map<String, String> info = with(pl, "name", p.displayName());
            info.put("type", p.type() == null ? "" : p.type());
            gauge("omsteps_project_info", info, 1);
            gauge("omsteps_project_status", with(pl, "status", p.status() == null ? "UNKNOWN" : p.status()), 1);
            gauge("omsteps_project_stage", with(pl, "stage", p.stage(laggingFrom).label()), 1);
            for (Step s : p.steps()) {
                Map<String, String> sl = with(pl, "step", s.name() == null ? String.valueOf(s.order()) : s.name());
                gauge("omsteps_step_status", with(sl, "status", s.status().raw() == null ? "UNKNOWN" : s.status().raw()), 1);
                if (s.clampedProgress() != null) {
                    gauge("omsteps_step_progress_ratio", sl, s.clampedProgress() / 100.0);
                }
                rates(sl, s.metrics());
            }
            // the lag every view shows: listing time − checkpoint, the sample's age beside it
            IncrementalLag lag = p.incrementalLag();
            if (lag != null) {
                gauge("omsteps_incremental_lag_seconds", pl, lag.behind().toSeconds());
                if (lag.sampleAge() != null) {
                    gauge("omsteps_incremental_lag_sample_age_seconds", pl, lag.sampleAge().toSeconds());
                }
            }
            Long diffs = f.verificationDifferences().get(p.id());
            if (diffs != null) {
                gauge("omsteps_verification_differences", pl, diffs);
            }
        }
    }

    private void rates(Map<String, String> sl, StepMetrics m) {
        if (m == null) {
            return;
        }
        put("omsteps_step_rows_per_second", with(sl, "side", "source"), m.srcRps());
        put("omsteps_step_rows_per_second", with(sl, "side", "target"), m.dstRps());
        put("omsteps_step_rows_per_second_baseline", with(sl, "side", "source"), m.srcRpsRef());
        put("omsteps_step_rows_per_second_baseline", with(sl, "side", "target"), m.dstRpsRef());
    }

    private void put(String family, Map<String, String> labels, Long v) {
        if (v != null) {
            gauge(family, labels, v);
        }
    }

    private static Map<String, String> labels(String k, String v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k, v);
        return m;
    }

    private static Map<String, String> with(Map<String, String> base, String k, String v) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(k, v);
        return m;
    }

    private void print(boolean openMetrics, PrintWriter out) {
        for (Family f : families.values()) {
            boolean counter = f.type().equals("counter");
            // OpenMetrics names a counter family without its _total; the text format names the sample
            String name = openMetrics && counter ? f.name().substring(0, f.name().length() - "_total".length()) : f.name();
            out.print("# HELP " + name + " " + f.help() + "\n");
            out.print("# TYPE " + name + " " + f.type() + "\n");
            for (String s : f.samples()) {
                out.print(s + "\n");
            }
        }
        if (openMetrics) {
            out.print("# EOF\n");
        }
    }

    /** Label values escape backslash, double quote and line feed, as both formats require. */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
