package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.DisplayWidth;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
public final class DashboardView implements WatchListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** A dashboard's lines for a sorted list: count line first, heading, then one per project. */
    public interface Frame extends Function<List<ProjectSummary>, List<String>> {
    }

    private final PrintWriter out;
    private final Frame frame;
    private final int width;
    private final int maxRows;
    private final boolean unicode;
    private List<String> body = List.of("waiting for the first page of projects…");
    private Instant lastPoll;
    private String transientError;
    private int linesOnScreen;
    private boolean ended;

    public DashboardView(PrintWriter out, Frame frame, int width, int maxRows, boolean unicode) {
        this.out = out;
        this.frame = frame;
        this.width = width;
        this.maxRows = Math.max(3, maxRows);
        this.unicode = unicode;
        out.print(TerminalView.HIDE_CURSOR);
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
            shown.set(shown.size() - 1, fit("… and " + (lines.size() - keep + 1) + " more (less urgent)"));
        }
        body = shown;
        lastPoll = at;
        transientError = null;
        redraw(null);
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        transientError = projectId + ": " + e.getMessage() + (willRetry ? " (retrying, " + consecutive + " in a row)" : "");
        redraw(null);
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        long secs = Math.max(0, (Duration.between(now, nextPoll).toMillis() + 999) / 1000);
        redraw("next poll in " + secs + "s");
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        ended = true;
        redraw("watch ended: " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (exit " + outcome.exitCode() + ")");
        out.print(TerminalView.SHOW_CURSOR);
        out.flush();
    }

    private void redraw(String countdown) {
        StringBuilder f = new StringBuilder();
        if (linesOnScreen > 0) {
            f.append(TerminalView.CSI).append(linesOnScreen).append('F');
        }
        f.append(TerminalView.CSI).append("J");
        for (String l : body) {
            f.append(l).append('\n');
        }
        String status = (lastPoll == null ? "polling…" : "polled " + TIME.format(lastPoll))
                + (countdown == null ? "" : " · " + countdown)
                + (transientError == null ? "" : " · ⚠ " + transientError)
                + (ended ? "" : " · Ctrl-C to stop");
        f.append(fit(status)).append('\n');
        out.print(f);
        out.flush();
        linesOnScreen = body.size() + 1;
    }

    private String fit(String s) {
        return DisplayWidth.truncate(s, width, unicode ? "…" : "~");
    }
}
