package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import dev.omsteps.watch.DashboardWatcher;

/**
 * {@code watch --all} on a terminal: the dashboard (a count line, then one line per project, most urgent
 * first) redrawn in place, and a status line with the last poll, a countdown and any transient error.
 * At most {@code maxRows} project lines are drawn, so a frame never scrolls off the screen (which would
 * defeat redrawing in place); the rest are counted on one line — they are the least urgent.
 */
public final class DashboardView implements WatchListener {

    /** A dashboard's lines for a sorted list: count line first, heading, then one per project. */
    public interface Frame extends Function<List<ProjectSummary>, List<String>> {
    }

    private final Frame frame;
    private final int maxRows;
    private final LiveScreen screen;
    private List<String> body = List.of("waiting for the first page of projects…");

    public DashboardView(PrintWriter out, Frame frame, int width, int maxRows, boolean unicode) {
        this.frame = frame;
        this.maxRows = Math.max(3, maxRows);
        this.screen = new LiveScreen(out, width, unicode);
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        // the dashboard draws from onProjects, once per round of pages
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
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        screen.pollFailed(projectId, e, consecutive, willRetry);
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        screen.waiting(now, nextPoll);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        screen.end(outcome, body);
    }
}
