package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.render.DisplayWidth;
import dev.omsteps.watch.Outcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The part of a terminal that a watch redraws in place: a body of lines and a status line (last
 * poll, countdown to the next, any transient error). It moves the cursor back up over what it
 * drew last and clears to the end of the screen, so nothing scrolls. Shared by the per-project
 * view and the dashboard.
 */
final class LiveScreen {

    /** ANSI: previous line(s), erase to the end of the screen, hide/show the cursor. */
    static final String CSI = "\u001b[";
    static final String HIDE_CURSOR = CSI + "?25l";
    static final String SHOW_CURSOR = CSI + "?25h";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final int width;
    private final boolean unicode;
    private List<String> body = List.of();
    private Instant lastPoll;
    /** The transient error of each project whose last poll failed; a project's next answer clears its own. */
    private final java.util.Map<String, String> transientErrors = new java.util.LinkedHashMap<>();
    private int linesOnScreen;
    private boolean ended;

    LiveScreen(PrintWriter out, int width, boolean unicode) {
        this.out = out;
        this.width = width;
        this.unicode = unicode;
        out.print(HIDE_CURSOR);
    }

    int width() {
        return width;
    }

    boolean unicode() {
        return unicode;
    }

    /** Cut to the screen's width (display columns, CJK counted as two). */
    String fit(String s) {
        return DisplayWidth.truncate(s, width, unicode ? "…" : "~");
    }

    /** A new answer for {@code source} came: the lines replace the body, and that source's last error is over. */
    void polled(String source, Instant at, List<String> lines) {
        lastPoll = at;
        transientErrors.remove(source);
        draw(lines, null);
    }

    void pollFailed(String source, ApiException e, int consecutive, boolean willRetry) {
        transientErrors.put(source, source + ": " + e.getMessage() + (willRetry ? " (retrying, " + consecutive + " in a row)" : ""));
        draw(body, null);
    }

    void waiting(Instant now, Instant nextPoll) {
        long secs = Math.max(0, (Duration.between(now, nextPoll).toMillis() + 999) / 1000);
        draw(body, "next poll in " + secs + "s");
    }

    void redraw(List<String> lines) {
        draw(lines, null);
    }

    void end(Outcome outcome, List<String> lines) {
        ended = true;
        draw(lines, "watch ended: " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (exit " + outcome.exitCode() + ")");
        out.print(SHOW_CURSOR);
        out.flush();
    }

    private void draw(List<String> lines, String countdown) {
        body = List.copyOf(lines);
        StringBuilder frame = new StringBuilder();
        if (linesOnScreen > 0) {
            frame.append(CSI).append(linesOnScreen).append('F');
        }
        frame.append(CSI).append("J");
        body.forEach(l -> frame.append(l).append('\n'));
        String status = (lastPoll == null ? "polling…" : "polled " + TIME.format(lastPoll))
                + (countdown == null ? "" : " · " + countdown)
                + (transientErrors.isEmpty() ? "" : " · ⚠ " + String.join(" · ", transientErrors.values()))
                + (ended ? "" : " · Ctrl-C to stop");
        frame.append(fit(status)).append('\n');
        out.print(frame);
        out.flush();
        linesOnScreen = body.size() + 1;
    }
}
