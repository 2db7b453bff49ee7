package dev.omsteps.render.report;

import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.model.report.Report;
import dev.omsteps.model.report.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched (a
 * Content-Security-Policy that allows no source says so to the browser too). Light and dark colour
 * schemes follow the reader's setting; printed, it drops the backgrounds and keeps sections whole.
 * Every foreign string goes through {@link Escape#html}.
 */
public final class ReportHtml {

    private final TimelineSvg timeline = new TimelineSvg();
    private final LineChartSvg lineChart = new LineChartSvg();

    public String render(Report r) {
        Verdict v = r.verdict();
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Escape.html("Cutover report: " + r.projectId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<header>\n<h1>Cutover report: <span class=\"id\">").append(Escape.html(r.projectId())).append("</span></h1>\n");
        b.append("<p class=\"verdict ").append(v.ready() ? "ready" : "not-ready").append("\" id=\"verdict\">")
                .append(v.ready() ? "✔ " : "✖ ").append(Escape.html(v.headline())).append("</p>\n");
        list(b, "blockers", "Why not", v.blockers());
        list(b, "caveats", "Note", v.caveats());
        b.append("<dl class=\"facts\">\n");
        for (List<String> f : ReportTables.facts(r)) {
            b.append("<dt>").append(Escape.html(f.get(0))).append("</dt><dd>").append(Escape.html(f.get(1))).append("</dd>\n");
        }
        b.append("</dl>\n</header>\n");

        b.append("<section id=\"steps\">\n<h2>Steps</h2>\n").append(timeline.svg(r.steps(), r.generatedAt())).append('\n');
        table(b, ReportTables.steps(r));
        b.append("</section>\n");

        b.append("<section id=\"verification\">\n<h2>Full verification</h2>\n");
        if (r.verification() == null) {
            b.append("<p class=\"note\">Not available.</p>\n");
        } else {
            String verdict = r.verification().verdict().name();
            b.append("<p class=\"sub ").append(verdict.toLowerCase(Locale.ROOT).replace('_', '-')).append("\"><strong>")
                    .append(verdict.replace('_', ' ')).append(":</strong> ").append(Escape.html(r.verification().reason())).append("</p>\n");
            if (!r.verification().tables().isEmpty()) {
                table(b, ReportTables.verification(r));
            }
        }
        b.append("</section>\n");

        b.append("<section id=\"metrics\">\n<h2>Lag and throughput</h2>\n");
        if (r.lag() != null) {
            b.append("<p class=\"sub\">Lag at generation: <strong>").append(Escape.html(ReportFormat.duration(r.lag()))).append("</strong> (lagging from ")
                    .append(Escape.html(ReportFormat.duration(r.laggingFrom()))).append(')')
                    .append(r.lagSampleAge() == null ? "" : ", sampled " + Escape.html(ReportFormat.duration(r.lagSampleAge())) + " before")
                    .append("</p>\n");
        }
        if (r.charts().isEmpty()) {
            b.append("<p class=\"note\">No metric history.</p>\n");
        }
        for (ChartSeries c : r.charts()) {
            b.append("<figure>\n<figcaption>").append(Escape.html(c.title())).append(" <span class=\"muted\">")
                    .append(Escape.html(c.history().query().stepName() + " " + c.history().query().metricType()
                            + " (" + c.history().aggregator() + ")")).append("</span></figcaption>\n")
                    .append(lineChart.svg(c)).append("\n</figure>\n");
        }
        if (!r.charts().isEmpty()) {
            table(b, ReportTables.charts(r));
        }
        b.append("</section>\n");

        b.append("<section id=\"components\">\n<h2>Components</h2>\n");
        if (r.components() == null) {
            b.append("<p class=\"note\">Not available.</p>\n");
        } else if (r.components().components().isEmpty()) {
            b.append("<p class=\"note\">None reported.</p>\n");
        } else {
            table(b, ReportTables.components(r));
        }
        b.append("</section>\n");
        if (!r.gaps().isEmpty()) {
            b.append("<section id=\"gaps\">\n<h2>Not fetched</h2>\n<ul>\n");
            r.gaps().forEach(g -> b.append("<li><strong>").append(Escape.html(g.part())).append(":</strong> ")
                    .append(Escape.html(g.reason())).append("</li>\n"));
            b.append("</ul>\n</section>\n");
        }
        b.append("<footer>").append(Escape.html("Generated " + ReportFormat.time(r.generatedAt()) + " by " + r.generator()
                + " against " + r.target())).append("</footer>\n");
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder b, String cls, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<div class=\"").append(cls).append("\"><strong>").append(heading).append(":</strong>\n<ul>\n");
        items.forEach(i -> b.append("<li>").append(Escape.html(i)).append("</li>\n"));
        b.append("</ul></div>\n");
    }

    private static void table(StringBuilder b, ReportTables.Table t) {
        b.append("<div class=\"scroll\"><table>\n<thead><tr>");
        t.headers().forEach(h -> b.append("<th>").append(Escape.html(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (ReportTables.Row row : t.rows()) {
            b.append("<tr class=\"tone-").append(row.tone().name().toLowerCase(Locale.ROOT)).append("\">");
            row.cells().forEach(c -> b.append("<td>").append(Escape.html(c)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private static final String CSS = """
            :root { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
              --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5;
              --run: #0969da; --series: #0969da; --area: rgba(9, 105, 218, 0.12); --baseline: #bf3989; --init: #afb8c1; }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
                --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214; --warn: #d29922; --warn-bg: #272115;
                --run: #4493f8; --series: #4493f8; --area: rgba(68, 147, 248, 0.18); --baseline: #db61a2; --init: #656c76; }
            }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 40px; }
            h1 { font-size: 1.5rem; margin: 0 0 12px; }
            h1 .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin: 32px 0 12px; }
            .verdict { font-size: 1.25rem; font-weight: 700; padding: 12px 16px; border-radius: 6px; margin: 0 0 12px;
              border: 2px solid; }
            .verdict.ready { color: var(--ok); background: var(--ok-bg); border-color: var(--ok); }
            .verdict.not-ready { color: var(--bad); background: var(--bad-bg); border-color: var(--bad); }
            .blockers, .caveats { margin: 0 0 12px; }
            .blockers ul, .caveats ul { margin: 4px 0 0; }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 16px 0 0;
              background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
            .facts dt { color: var(--muted); }
            .facts dd { margin: 0; overflow-wrap: anywhere; }
            .sub.differences, .sub.not-finished { color: var(--bad); }
            .sub.consistent { color: var(--ok); }
            .muted, .note { color: var(--muted); }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 8px 0; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top;
              overflow-wrap: break-word; }
            th { background: var(--panel); font-weight: 600; }
            tr.tone-bad td { background: var(--bad-bg); }
            tr.tone-bad td:first-child { box-shadow: inset 3px 0 var(--bad); }
            tr.tone-warn td { background: var(--warn-bg); }
            tr.tone-ok td:first-child { box-shadow: inset 3px 0 var(--ok); }
            figure { margin: 12px 0 20px; }
            figcaption { font-weight: 600; margin-bottom: 4px; }
            svg { width: 100%; height: auto; display: block; }
            svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
            svg .tick, svg .note { fill: var(--muted); }
            svg .axis { stroke: var(--muted); stroke-width: 1; }
            svg .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
            svg .series { fill: none; stroke: var(--series); stroke-width: 2; stroke-linejoin: round; }
            svg .area { fill: var(--area); stroke: none; }
            svg .last { fill: var(--series); }
            svg .baseline { stroke: var(--baseline); stroke-width: 1.5; stroke-dasharray: 6 4; }
            svg .baseline-label { fill: var(--baseline); }
            svg .bar { fill: var(--run); }
            svg .bar.st-finished, svg .bar.st-monitoring { fill: var(--ok); }
            svg .bar.st-failed { fill: var(--bad); }
            svg .bar.st-suspend { fill: var(--warn); }
            svg .bar.st-init, svg .bar.st-unknown { fill: var(--init); }
            svg .error-mark { fill: var(--bad); font-weight: 700; }
            footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; }
            @media print {
              :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --panel: #fff; --ok-bg: #fff; --bad-bg: #fff; --warn-bg: #fff; }
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              figure, tr, .verdict, .facts { break-inside: avoid; }
              h2 { break-after: avoid; }
              .scroll { overflow: visible; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
