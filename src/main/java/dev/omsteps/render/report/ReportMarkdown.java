package dev.omsteps.render.report;

import dev.omsteps.model.report.Report;
import dev.omsteps.model.report.Verdict;
import java.util.List;

/**
 * The report as Markdown for a ticket: the verdict first, then the facts, steps, verification,
 * metrics (figures; the charts are in the HTML report) and components, each foreign string escaped
 * so that neither Markdown nor inline HTML in it takes effect.
 */
public final class ReportMarkdown {

    public String render(Report r) {
        StringBuilder b = new StringBuilder();
        Verdict v = r.verdict();
        b.append("# Cutover report: ").append(Escape.markdown(r.projectId())).append("\n\n");
        b.append("**").append(v.ready() ? "✅ " : "⛔ ").append(Escape.markdown(v.headline())).append("**\n\n");
        if (!v.blockers().isEmpty()) {
            b.append("Why not:\n\n");
            v.blockers().forEach(x -> b.append("- ").append(Escape.markdown(x)).append('\n'));
            b.append('\n');
        }
        if (!v.caveats().isEmpty()) {
            b.append("Note:\n\n");
            v.caveats().forEach(x -> b.append("- ").append(Escape.markdown(x)).append('\n'));
            b.append('\n');
        }
        for (List<String> f : ReportTables.facts(r)) {
            b.append("- **").append(Escape.markdown(f.get(0))).append(":** ").append(Escape.markdown(f.get(1))).append('\n');
        }
        b.append("\n## Steps\n\n");
        table(b, ReportTables.steps(r));
        b.append("\n## Full verification\n\n");
        if (r.verification() == null) {
            b.append("Not available.\n");
        } else {
            b.append("**").append(Escape.markdown(r.verification().verdict().name().replace('_', ' '))).append(":** ")
                    .append(Escape.markdown(r.verification().reason())).append("\n\n");
            if (!r.verification().tables().isEmpty()) {
                table(b, ReportTables.verification(r));
            }
        }
        b.append("\n## Lag and throughput\n\n");
        if (r.lag() != null) {
            b.append("Lag at generation: ").append(Escape.markdown(ReportFormat.duration(r.lag())))
                    .append(" (lagging from ").append(Escape.markdown(ReportFormat.duration(r.laggingFrom()))).append(")")
                    .append(r.lagSampleAge() == null ? "" : ", sampled " + Escape.markdown(ReportFormat.duration(r.lagSampleAge())) + " before")
                    .append("\n\n");
        }
        if (r.charts().isEmpty()) {
            b.append("No metric history.\n");
        } else {
            table(b, ReportTables.charts(r));
        }
        b.append("\n## Components\n\n");
        if (r.components() == null) {
            b.append("Not available.\n");
        } else if (r.components().components().isEmpty()) {
            b.append("None reported.\n");
        } else {
            table(b, ReportTables.components(r));
        }
        if (!r.gaps().isEmpty()) {
            b.append("\n## Not fetched\n\n");
            r.gaps().forEach(g -> b.append("- ").append(Escape.markdown(g.part())).append(": ").append(Escape.markdown(g.reason())).append('\n'));
        }
        return b.toString();
    }

    private static void table(StringBuilder b, ReportTables.Table t) {
        b.append('|');
        t.headers().forEach(h -> b.append(' ').append(Escape.markdown(h)).append(" |"));
        b.append("\n|");
        t.headers().forEach(h -> b.append(" --- |"));
        b.append('\n');
        for (ReportTables.Row row : t.rows()) {
            b.append('|');
            row.cells().forEach(c -> b.append(' ').append(Escape.markdown(c)).append(" |"));
            b.append('\n');
        }
    }
}
