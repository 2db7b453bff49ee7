package dev.omsteps.watch;

import dev.omsteps.render.HumanUnits;
import dev.omsteps.api.ApiException;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.DisplayWidth;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * On a terminal: one section per project (its table and trends), redrawn in place, and a status
 * line with the last poll, a countdown to the next one and any transient error.
 */
public final class TerminalView implements WatchListener {

    /** ANSI: previous line(s), erase to the end of the screen, hide/show the cursor. */
    static final String CSI = "\u001b[";
    static final String HIDE_CURSOR = CSI + "?25l";
    static final String SHOW_CURSOR = CSI + "?25h";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final Function<StepsSnapshot, String> table;
    private final int width;
    private final boolean unicode;
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, StepsSnapshot> last = new LinkedHashMap<>();
    private Instant lastPoll;
    private String transientError;
    private int linesOnScreen;
    private boolean ended;

    public TerminalView(PrintWriter out, Function<StepsSnapshot, String> table, int width, boolean unicode, List<String> projectIds) {
        this.out = out;
        this.table = table;
        this.width = width;
        this.unicode = unicode;
        projectIds.forEach(id -> sections.put(id, List.of(id + ": waiting for the first answer…")));
        out.print(HIDE_CURSOR);
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        List<String> lines = new ArrayList<>(table.apply(s).lines().toList());
        trendLines(trend).forEach(l -> lines.add(fit(l)));
        sections.put(projectId, lines);
        last.put(projectId, s);
        lastPoll = s.fetchedAt();
        transientError = null;
        redraw(null);
    }

    private List<String> trendLines(TrendTracker trend) {
        List<String> out = new ArrayList<>();
        List<Long> rps = trend.rpsHistory();
        if (rps.size() >= 2) {
            Double observed = trend.observedRps();
            Duration eta = trend.refinedEta();
            out.add(" rows/s " + Sparkline.of(rps, unicode)
                    + (observed == null ? "" : "  observed " + HumanUnits.rate(Math.round(observed)) + "/s")
                    + (eta == null ? "" : "  ETA " + HumanUnits.duration(eta) + " (observed rate)"));
        }
        List<Long> lag = trend.lagHistory();
        if (lag.size() >= 2) {
            out.add(" lag    " + Sparkline.of(lag, unicode) + "  now " + HumanUnits.duration(Duration.ofSeconds(lag.get(lag.size() - 1))));
        }
        return out;
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
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        List<String> lines = new ArrayList<>(sections.getOrDefault(projectId, List.of()));
        StepsSnapshot s = last.get(projectId);
        if (outcome == Outcome.FAILED && s != null && lines.stream().noneMatch(l -> l.contains("FAILED ["))) {
            lines.addAll(ChangeLines.failures(s));
        }
        lines.add((unicode ? " ⏹ " : " * ") + projectId + ": " + reason + " (exit " + outcome.exitCode() + ")");
        sections.put(projectId, lines);
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        ended = true;
        redraw("watch ended: " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (exit " + outcome.exitCode() + ")");
        out.print(SHOW_CURSOR);
        out.flush();
    }

    private void redraw(String countdown) {
        StringBuilder frame = new StringBuilder();
        if (linesOnScreen > 0) {
            frame.append(CSI).append(linesOnScreen).append('F');
        }
        frame.append(CSI).append("J");
        int count = 0;
        boolean first = true;
        for (List<String> section : sections.values()) {
            if (!first) {
                frame.append('\n');
                count++;
            }
            first = false;
            for (String l : section) {
                frame.append(l).append('\n');
                count++;
            }
        }
        String status = (lastPoll == null ? "polling…" : "polled " + TIME.format(lastPoll))
                + (countdown == null ? "" : " · " + countdown)
                + (transientError == null ? "" : " · ⚠ " + transientError)
                + (ended ? "" : " · Ctrl-C to stop");
        frame.append(fit(status)).append('\n');
        count++;
        out.print(frame);
        out.flush();
        linesOnScreen = count;
    }

    private String fit(String s) {
        return DisplayWidth.truncate(s, width, unicode ? "…" : "~");
    }
}
