package dev.omsteps.watch.view;

import dev.omsteps.model.Component;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.DisplayWidth;
import dev.omsteps.render.ComponentsRenderer;
import dev.omsteps.render.HumanUnits;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * On a terminal: one section per project (its table and trends), redrawn in place, and a status
 * line with the last poll, a countdown to the next one and any transient error. Sections are drawn
 * for the terminal's size at each redraw; those that do not fit in its height shrink to one line.
 */
public final class TerminalView extends RedrawnView {

    /** A project's table for a snapshot, at a width. */
    public interface Table {
        List<String> lines(StepsSnapshot s, int width);
    }

    /** What is known of one project. */
    private static final class Project {
        StepsSnapshot snapshot;
        List<Long> rps = List.of();
        Double observedRps;
        List<Long> lag = List.of();
        /** The components behind a step that failed or stalled, with why they are shown. */
        String componentsTitle;
        List<Component> components = List.of();
        Instant componentsAt;
        String ended;
    }

    private final Table table;
    private final Map<String, Project> projects = new LinkedHashMap<>();

    public TerminalView(PrintWriter out, Table table, Supplier<ScreenSize> size, int fallbackColumns, boolean unicode,
                        ZoneId zone, List<String> projectIds) {
        super(out, size, fallbackColumns, unicode, zone);
        this.table = table;
        projectIds.forEach(id -> projects.put(id, new Project()));
        screen.show(this::body);
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        synchronized (screen) {
            Project p = projects.computeIfAbsent(projectId, id -> new Project());
            p.snapshot = s;
            // a trend is drawn while it is news: a finished copy step leaves no rows/s line behind
            p.rps = trend.copying() ? trend.rpsHistory() : List.of();
            p.observedRps = trend.copying() ? trend.observedRps() : null;
            p.lag = trend.syncing() ? trend.lagHistory() : List.of();
            screen.polled(projectId, s.fetchedAt());
        }
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        synchronized (screen) {
            Project p = projects.computeIfAbsent(projectId, id -> new Project());
            p.componentsTitle = "Components of " + stepName + " (" + reason + ")";
            p.components = List.copyOf(parts);
            p.componentsAt = at;
        }
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        synchronized (screen) {
            // a failed step's error is in the table already (under it): said once
            projects.computeIfAbsent(projectId, id -> new Project()).ended =
                    (screen.unicode() ? " ⏹ " : " * ") + projectId + " ended (exit " + outcome.exitCode() + "): " + reason;
        }
    }

    /** The sections at this size, a blank line between two; those that do not fit become one line each. */
    private List<String> body(int columns, int rows) {
        List<FrameFit.Section> sections = new ArrayList<>();
        projects.forEach((id, p) -> sections.add(section(id, p, columns)));
        return FrameFit.fit(sections, rows);
    }

    private FrameFit.Section section(String id, Project p, int columns) {
        if (p.snapshot == null) {
            String waiting = id + ": waiting for the first answer" + screen.ellipsis();
            return new FrameFit.Section(List.of(waiting), waiting);
        }
        List<String> lines = new ArrayList<>(table.lines(p.snapshot, columns));
        trendLines(p, columns).forEach(lines::add);
        if (p.componentsTitle != null) {
            lines.addAll(new ComponentsRenderer().lines(p.componentsTitle, p.components,
                    new RenderOptions(columns, false, screen.unicode(), false, p.componentsAt, screen.zone())));
        }
        String summary = id + ": " + ChangeLines.summary(p.snapshot);
        if (p.ended != null) {
            lines.add(p.ended);
            summary = p.ended.strip();
        }
        return new FrameFit.Section(lines, summary);
    }

    private List<String> trendLines(Project p, int columns) {
        List<String> out = new ArrayList<>();
        if (p.rps.size() >= 2) {
            String rate = p.observedRps == null ? "" : "  observed " + HumanUnits.rate(Math.round(p.observedRps)) + "/s";
            out.add(trend(" rows/s ", p.rps, rate, columns));
        }
        if (p.lag.size() >= 2) {
            out.add(trend(" lag    ", p.lag, "  now " + HumanUnits.duration(Duration.ofSeconds(p.lag.get(p.lag.size() - 1))), columns));
        }
        return out;
    }

    /**
     * Label, sparkline and figure within {@code columns}: the sparkline gives up its oldest points first,
     * then the figure is left out whole (never cut).
     */
    private String trend(String label, List<Long> values, String figure, int columns) {
        String spark = Sparkline.of(values, screen.unicode());
        int room = columns - DisplayWidth.of(label) - DisplayWidth.of(figure);
        if (room < 2) {
            figure = "";
            room = columns - DisplayWidth.of(label);
        }
        if (spark.length() > room) {
            spark = spark.substring(spark.length() - Math.max(0, room));
        }
        return label + spark + figure;
    }
}
