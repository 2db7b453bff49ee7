package dev.omsteps.watch.view;

import dev.omsteps.model.ProjectSummary;
import dev.omsteps.watch.DashboardWatcher;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code watch --all} on a terminal: the dashboard (a count line, then one line per project, most urgent
 * first) redrawn in place, and a status line with the last poll, a countdown and any transient error.
 * Only as many project lines as the terminal has rows are drawn, so a frame never scrolls (which would
 * defeat redrawing in place); the rest are counted on one line — they are the least urgent.
 */
public final class DashboardView extends RedrawnView {

    /** A dashboard's lines for a sorted list at a width: count line first, heading, then one per project. */
    public interface Frame {
        List<String> lines(List<ProjectSummary> projects, int width);
    }

    private final Frame frame;
    private List<ProjectSummary> projects;
    /** A line for each context that gave up, kept under the count line for the rest of the watch. */
    private final List<String> gaveUp = new ArrayList<>();

    public DashboardView(PrintWriter out, Frame frame, Supplier<ScreenSize> size, int fallbackColumns, boolean unicode, ZoneId zone) {
        super(out, size, fallbackColumns, unicode, zone);
        this.frame = frame;
        screen.show(this::body);
    }

    @Override
    public void onProjects(List<ProjectSummary> list, Instant at) {
        synchronized (screen) {
            projects = List.copyOf(list);
            screen.polled(DashboardWatcher.SUBJECT, at);
        }
    }

    @Override
    public void onContextGaveUp(String context, dev.omsteps.api.ApiException e, Instant at) {
        synchronized (screen) {
            gaveUp.add("context " + context + " gave up (its projects as last listed): " + e.getMessage());
            screen.redraw();
        }
    }

    private List<String> body(int columns, int rows) {
        if (projects == null) {
            List<String> waiting = new ArrayList<>(gaveUp);
            waiting.add("waiting for the first page of projects" + screen.ellipsis());
            return waiting;
        }
        List<String> lines = new ArrayList<>(frame.lines(projects, columns));
        lines.addAll(Math.min(1, lines.size()), gaveUp);
        if (lines.size() <= rows) {
            return lines;
        }
        // count line and heading always (room permitting); projects up to the limit, then how many more
        List<String> shown = new ArrayList<>(lines.subList(0, Math.max(1, rows - 1)));
        int more = lines.size() - shown.size();
        shown.add("+ " + more + " more, less urgent (make the terminal taller to see them)");
        return shown;
    }
}
