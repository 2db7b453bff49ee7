package dev.omsteps.watch.view;

import dev.omsteps.model.Component;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.ComponentsRenderer;
import dev.omsteps.render.HumanUnits;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * On a terminal: one section per project (its table and trends), redrawn in place, and a status
 * line with the last poll, a countdown to the next one and any transient error.
 */
public final class TerminalView extends RedrawnView {

    private final Function<StepsSnapshot, String> table;
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, StepsSnapshot> last = new LinkedHashMap<>();
    /** The components block shown under a project's table since its step failed or stalled. */
    private final Map<String, List<String>> components = new LinkedHashMap<>();

    public TerminalView(PrintWriter out, Function<StepsSnapshot, String> table, int width, boolean unicode, List<String> projectIds) {
        super(out, width, unicode);
        this.table = table;
        projectIds.forEach(id -> sections.put(id, List.of(id + ": waiting for the first answer…")));
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        List<String> lines = new ArrayList<>(table.apply(s).lines().toList());
        trendLines(trend).forEach(l -> lines.add(screen.fit(l)));
        lines.addAll(components.getOrDefault(projectId, List.of()));
        sections.put(projectId, lines);
        last.put(projectId, s);
        screen.polled(projectId, s.fetchedAt(), body());
    }

    private List<String> trendLines(TrendTracker trend) {
        List<String> out = new ArrayList<>();
        List<Long> rps = trend.rpsHistory();
        if (rps.size() >= 2) {
            Double observed = trend.observedRps();
            Duration eta = trend.refinedEta();
            out.add(" rows/s " + Sparkline.of(rps, screen.unicode())
                    + (observed == null ? "" : "  observed " + HumanUnits.rate(Math.round(observed)) + "/s")
                    + (eta == null ? "" : "  ETA " + HumanUnits.duration(eta) + " (observed rate)"));
        }
        List<Long> lag = trend.lagHistory();
        if (lag.size() >= 2) {
            out.add(" lag    " + Sparkline.of(lag, screen.unicode()) + "  now " + HumanUnits.duration(Duration.ofSeconds(lag.get(lag.size() - 1))));
        }
        return out;
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        List<String> block = new ComponentsRenderer().lines("Components of " + stepName + " (" + reason + ")", parts,
                new RenderOptions(screen.width(), false, screen.unicode(), false, at));
        components.put(projectId, block);
        List<String> lines = new ArrayList<>(sections.getOrDefault(projectId, List.of()));
        lines.addAll(block);
        sections.put(projectId, lines);
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        List<String> lines = new ArrayList<>(sections.getOrDefault(projectId, List.of()));
        StepsSnapshot s = last.get(projectId);
        if (outcome == Outcome.FAILED && s != null && lines.stream().noneMatch(l -> l.contains("FAILED ["))) {
            lines.addAll(ChangeLines.failures(s));
        }
        lines.add((screen.unicode() ? " ⏹ " : " * ") + projectId + ": " + reason + " (exit " + outcome.exitCode() + ")");
        sections.put(projectId, lines);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        screen.end(outcome, body());
    }

    /** The sections, a blank line between two. */
    private List<String> body() {
        List<String> lines = new ArrayList<>();
        for (List<String> section : sections.values()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(section);
        }
        return lines;
    }
}
