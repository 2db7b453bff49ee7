package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.Component;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.ComponentsRenderer;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.Times;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For pipes, files, CI logs and terminals that cannot move the cursor: append-only, one line per
 * change, never an escape code. Each line starts with its time and zone, and the date on the first
 * line of a new day.
 */
public final class LogLinesView implements WatchListener {

    private final PrintWriter out;
    private final ZoneId zone;
    private final Map<String, StepsSnapshot> last = new HashMap<>();
    private Instant lastLine;

    public LogLinesView(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    /** Times in UTC. */
    public LogLinesView(PrintWriter out) {
        this(out, ZoneOffset.UTC);
    }

    private void line(Instant at, String projectId, String text) {
        out.println(Times.clock(at, lastLine == null ? at : lastLine, zone) + "  " + projectId + "  " + text);
        out.flush();
        lastLine = at;
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        if (!last.containsKey(projectId)) {
            line(s.fetchedAt(), projectId, "watching: " + ChangeLines.summary(s));
        }
        for (StepChange c : changes) {
            if (c.kind() == StepChange.Kind.ERROR && c.after().status().is(StepStatus.Kind.FAILED)) {
                continue; // a failed step ends the watch, and its error is said in full then: once
            }
            line(s.fetchedAt(), projectId, ChangeLines.change(c, trend, s));
        }
        last.put(projectId, s);
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        line(at, projectId, "poll failed" + (consecutive > 1 ? " (" + consecutive + " in a row)" : "")
                + (willRetry ? ", retrying: " : ": ") + e.getMessage());
    }

    @Override
    public void onContextGaveUp(String context, ApiException e, Instant at) {
        line(at, "context " + context, "gave up, the other contexts are watched on: " + e.getMessage()
                + " (exit " + Outcome.API_ERROR.exitCode() + " at the end)");
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        new ComponentsRenderer().lines("components of " + stepName + " (" + reason + "):", parts,
                new RenderOptions(200, false, true, false, at, zone)).forEach(l -> line(at, projectId, l));
    }

    @Override
    public void onAlert(AlertEvent alert) {
        line(alert.at(), alert.projectId(), "alert " + (alert.firing() ? "fired" : "cleared") + ": "
                + alert.rule().text() + " (" + alert.detail() + ")");
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        StepsSnapshot s = last.get(projectId);
        if (outcome == Outcome.FAILED && s != null) {
            ChangeLines.failures(s).forEach(l -> line(at, projectId, l));
        }
        // "done: all steps finished", but "ready for switchover, sync 5s behind — …" once, not after its own name
        String words = reason.startsWith(outcome.words()) ? reason : outcome.words() + ": " + reason;
        line(at, projectId, words + " (exit " + outcome.exitCode() + ")");
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        out.flush();
    }
}
