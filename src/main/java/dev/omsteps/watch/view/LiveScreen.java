package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.render.DisplayWidth;
import dev.omsteps.render.Times;
import dev.omsteps.watch.Outcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The part of a terminal that a watch redraws in place: a body of lines and a status line (last
 * poll, countdown to the next, any transient error). Shared by the per-project view and the dashboard.
 *
 * <p>Every draw measures the terminal again and asks the view for a body that fits it, so a frame is
 * never taller than the screen (it would scroll, leaving a copy in the scrollback at every poll) and
 * no line is wider (it would wrap, and the next redraw would land in the wrong place). A redraw moves
 * the cursor up over the last frame and overwrites it row by row, then erases what is left below the
 * frame: clearing from the top of the screen to its end would make tmux (scroll-on-clear, its default)
 * copy every frame into its history.
 */
final class LiveScreen {

    /** What the view draws: its body for a screen of {@code columns} × {@code rows} cells. */
    interface Body {
        List<String> lines(int columns, int rows);
    }

    static final String CSI = "\u001b[";
    static final String HIDE_CURSOR = CSI + "?25l";
    static final String SHOW_CURSOR = CSI + "?25h";
    /** Rows assumed when the terminal will not say: the classic VT100 screen. */
    static final int FALLBACK_ROWS = 24;
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]");

    private final PrintWriter out;
    private final Supplier<ScreenSize> size;
    private final int fallbackColumns;
    private final boolean unicode;
    private final ZoneId zone;
    private Body body = (c, r) -> List.of();
    private Instant lastPoll;
    /** The transient error of each project whose last poll failed; a project's next answer clears its own. */
    private final Map<String, String> transientErrors = new LinkedHashMap<>();
    private String countdown;
    private String ending;
    /** Display widths of the lines of the frame on screen, to know how many rows it takes after a resize. */
    private List<Integer> onScreen = List.of();

    LiveScreen(PrintWriter out, Supplier<ScreenSize> size, int fallbackColumns, boolean unicode, ZoneId zone) {
        this.out = out;
        this.size = size;
        this.fallbackColumns = Math.max(1, fallbackColumns);
        this.unicode = unicode;
        this.zone = zone;
        out.print(HIDE_CURSOR);
    }

    boolean unicode() {
        return unicode;
    }

    ZoneId zone() {
        return zone;
    }

    String ellipsis() {
        return unicode ? "…" : "~";
    }

    synchronized void show(Body b) {
        this.body = b;
    }

    /** A new answer for {@code source} came: that source's last error is over. */
    synchronized void polled(String source, Instant at) {
        lastPoll = at;
        transientErrors.remove(source);
        countdown = null;
        draw();
    }

    synchronized void pollFailed(String source, ApiException e, int consecutive, boolean willRetry) {
        transientErrors.put(source, source + ": " + e.getMessage() + (willRetry ? " (retrying, " + consecutive + " in a row)" : ""));
        draw();
    }

    synchronized void waiting(Instant now, Instant nextPoll) {
        long secs = Math.max(0, (Duration.between(now, nextPoll).toMillis() + 999) / 1000);
        countdown = "next poll in " + secs + "s";
        draw();
    }

    /** The terminal changed size: draw again at once, to the new size. */
    synchronized void resized() {
        if (ending == null) {
            draw();
        }
    }

    synchronized void redraw() {
        draw();
    }

    /** The last frame: it says how the watch ended, and the cursor is shown again. Only the first call counts. */
    synchronized void end(Outcome outcome) {
        if (ending != null) {
            return;
        }
        ending = "watch ended: " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (exit " + outcome.exitCode() + ")";
        draw();
        out.print(SHOW_CURSOR);
        out.flush();
    }

    private void draw() {
        ScreenSize now = size.get();
        int cols = now.columns() > 0 ? now.columns() : fallbackColumns;
        int rows = now.rows() > 0 ? now.rows() : FALLBACK_ROWS;
        // the status line, and the row the cursor waits on below the frame
        int room = Math.max(1, rows - 2);
        List<String> lines = new ArrayList<>(FrameFit.cut(body.lines(cols, room), room));
        lines.add(status(cols));
        StringBuilder frame = new StringBuilder();
        int up = rowsTaken(cols);
        if (up > 0) {
            frame.append(CSI).append(up).append('F');
        }
        List<Integer> widths = new ArrayList<>();
        for (String l : lines) {
            String line = fit(l, cols);
            int w = visibleWidth(line);
            widths.add(w);
            // the row is erased whole before it is written: what the last frame left to the right goes,
            // and so does a terminal's mark that the row continues the one above (tmux sets it when it
            // reflows a frame after a resize). Erasing after the text instead would take the last cell of
            // a full-width line, where the cursor waits.
            frame.append(CSI).append("2K").append(line).append('\n');
        }
        // what is left of a taller last frame, below this one (never from the top of the screen)
        frame.append(CSI).append('J');
        out.print(frame);
        out.flush();
        onScreen = widths;
    }

    /** Rows the frame on screen takes at {@code cols} columns: a terminal that reflows wraps lines wider than that. */
    private int rowsTaken(int cols) {
        int rows = 0;
        for (int w : onScreen) {
            rows += Math.max(1, (w + cols - 1) / cols);
        }
        return rows;
    }

    /** Last poll, countdown or ending, transient errors, the hint; parts that do not fit are left out, never cut. */
    private String status(int cols) {
        String sep = unicode ? " · " : " - ";
        List<String> parts = new ArrayList<>();
        parts.add(lastPoll == null ? "polling" + ellipsis() : "polled " + Times.clock(lastPoll, lastPoll, zone));
        if (ending != null) {
            parts.add(ending);
        } else if (countdown != null) {
            parts.add(countdown);
        }
        String head = String.join(sep, parts);
        String errors = transientErrors.isEmpty() ? null : (unicode ? "⚠ " : "! ") + String.join(sep, transientErrors.values());
        String hint = ending == null ? "Ctrl-C to stop" : null;
        String all = head + (errors == null ? "" : sep + errors) + (hint == null ? "" : sep + hint);
        if (DisplayWidth.of(all) <= cols) {
            return all;
        }
        if (errors != null) {
            // an error is words, not figures: it may be cut, the rest is kept whole
            int left = cols - DisplayWidth.of(head + sep);
            return left >= 8 ? head + sep + DisplayWidth.truncate(errors, left, ellipsis()) : head;
        }
        if (DisplayWidth.of(head) <= cols) {
            return head;
        }
        // narrower still: how the watch ended or when it polls next says more than when it last polled
        String last = parts.get(parts.size() - 1);
        return DisplayWidth.of(last) <= cols ? last : DisplayWidth.truncate(last, cols, ellipsis());
    }

    /** A line no wider than the screen; colour codes do not count, and are dropped from a line that must be cut. */
    private String fit(String line, int cols) {
        if (visibleWidth(line) <= cols) {
            return line;
        }
        return DisplayWidth.truncate(SGR.matcher(line).replaceAll(""), cols, ellipsis());
    }

    private static int visibleWidth(String line) {
        return DisplayWidth.of(SGR.matcher(line).replaceAll(""));
    }
}
