package dev.omsteps.render.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.model.report.Report;
import dev.omsteps.model.report.Verdict;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.render.MetricExport;
import dev.omsteps.render.ProjectDetailsJson;
import dev.omsteps.render.VerificationJson;

/**
 * The report as one JSON document: the verdict with its reasons, and each part in the form its own
 * command prints ({@code steps}, {@code verify}, {@code metrics} and {@code steps --components} with
 * {@code -o json}); parts not fetched are null and listed under {@code gaps}.
 */
public final class ReportJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode document(Report r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("projectId", r.projectId());
        n.put("generatedAt", r.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        n.put("generator", r.generator());
        n.put("target", r.target());
        n.put("windowSeconds", r.window().toSeconds());
        Verdict v = r.verdict();
        ObjectNode verdict = n.putObject("verdict");
        verdict.put("ready", v.ready());
        verdict.put("headline", v.headline());
        v.blockers().forEach(verdict.putArray("blockers")::add);
        v.caveats().forEach(verdict.putArray("caveats")::add);
        n.put("lagSeconds", r.lag() == null ? null : r.lag().toSeconds());
        n.put("lagSampleAgeSeconds", r.lagSampleAge() == null ? null : r.lagSampleAge().toSeconds());
        n.put("lagThresholdSeconds", r.laggingFrom().toSeconds());
        n.put("stage", r.steps().steps().isEmpty() ? null : r.stage().label());
        n.set("project", r.project() == null ? null : new ProjectDetailsJson().project(r.project()));
        n.set("steps", new JsonRenderer().document(r.steps(), r.laggingFrom()));
        n.set("verification", r.verification() == null ? null : new VerificationJson().document(r.verification()));
        n.set("components", r.components() == null ? null : new ProjectDetailsJson().components(r.components(), r.generatedAt()));
        ArrayNode charts = n.putArray("charts");
        for (ChartSeries c : r.charts()) {
            ObjectNode cn = charts.addObject();
            cn.put("title", c.title());
            cn.put("baseline", c.baseline());
            cn.put("baselineLabel", c.baselineLabel());
            cn.set("history", new MetricExport().json(c.history()));
        }
        ArrayNode gaps = n.putArray("gaps");
        r.gaps().forEach(g -> gaps.addObject().put("part", g.part()).put("reason", g.reason()));
        return n;
    }
}
