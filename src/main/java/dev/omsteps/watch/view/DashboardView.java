package dev.omsteps.watch.view;

import dev.omsteps.model.ProjectSummary;
import dev.omsteps.watch.DashboardWatcher;
import dev.omsteps.watch.Outcome;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code watch --all} on a terminal: the dashboard (a count line, then one line per project, most urgent
 * first) redrawn in place, and a status line with the last poll, a countdown and any transient error.
 * At most {@code maxRows} project lines are drawn, so a frame never scrolls off the screen (which would
 * defeat redrawing in place); the rest are counted on one line — they are the least urgent.
 */
public final class DashboardView extends RedrawnView {

    /** A dashboard's lines for a sorted list: count line first, heading, then one per project. */
    public interface Frame extends Function<List<ProjectSummary>, List<String>> {
    }

    private final Frame frame;
    private final int maxRows;
    private List<String> body = List.of("waiting for the first page of projects…");

    public DashboardView(PrintWriter out, Frame frame, int width, int maxRows, boolean unicode) {
        super(out, width, unicode);
        this.frame = frame;
        this.maxRows = Math.max(3, maxRows);
    }

    @Override
    public void onProjects(List<ProjectSummary> projects, Instant at) {
        List<String> lines = frame.apply(projects);
        // count line and heading always; projects up to the limit, then how many more
        int keep = Math.min(lines.size(), maxRows + 2);
        List<String> shown = new ArrayList<>(lines.subList(0, keep));
        if (keep < lines.size()) {
            shown.set(shown.size() - 1, screen.fit("… and " + (lines.size() - keep + 1) + " more (less urgent)"));
        }
        body = shown;
        screen.polled(DashboardWatcher.SUBJECT, at, body);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        screen.end(outcome, body);
    }
}
