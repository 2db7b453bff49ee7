package dev.omsteps.cli;

import dev.omsteps.render.DashboardRenderer;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import dev.omsteps.watch.DashboardView;
import dev.omsteps.watch.LogLinesView;
import dev.omsteps.watch.NdjsonView;
import dev.omsteps.watch.TerminalView;
import dev.omsteps.watch.WatchListener;
import java.time.Instant;
import java.util.List;

/** Chooses how a watch shows itself: ndjson when asked, redrawn in place on a terminal, log lines otherwise. */
final class WatchViews {

    private WatchViews() {
    }

    /** ndjson when asked, log lines when stdout is not a terminal; null when a terminal view is wanted. */
    private static WatchListener plainView(CliContext ctx, boolean ndjson) {
        if (ndjson) {
            return new NdjsonView(ctx.out());
        }
        return ctx.stdoutIsTerminal() ? null : new LogLinesView(ctx.out());
    }

    static WatchListener choose(OmstepsCommand root, boolean ndjson, List<String> ids, Instant now) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(ctx, ndjson);
        if (plain != null) {
            return plain;
        }
        TerminalSettings terminal = root.terminal();
        RenderOptions base = terminal.renderOptions(false, now);
        TableRenderer renderer = new TableRenderer();
        return new TerminalView(ctx.out(),
                s -> String.join("\n", renderer.lines(s, new RenderOptions(base.width(), base.color(), base.unicode(), false, s.fetchedAt()))),
                terminal.width(), terminal.unicode(), ids);
    }

    /** Project lines a dashboard draws when {@code LINES} does not say how tall the terminal is. */
    static final int DEFAULT_DASHBOARD_ROWS = 40;

    /** {@code watch --all}: ndjson events, log lines when piped, the dashboard redrawn in place on a terminal. */
    static WatchListener dashboard(OmstepsCommand root, boolean ndjson, java.time.Clock clock) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(ctx, ndjson);
        if (plain != null) {
            return plain;
        }
        TerminalSettings terminal = root.terminal();
        DashboardRenderer renderer = new DashboardRenderer();
        DashboardView.Frame frame = projects -> {
            RenderOptions o = terminal.renderOptions(false, clock.instant());
            List<String> lines = new java.util.ArrayList<>();
            lines.add(renderer.summary(projects, o));
            lines.addAll(renderer.lines(projects, o));
            return lines;
        };
        return new DashboardView(ctx.out(), frame, terminal.width(), dashboardRows(ctx), terminal.unicode());
    }

    /** Room for project lines: the terminal's height ({@code LINES}) less the count, heading and status lines. */
    static int dashboardRows(CliContext ctx) {
        String v = ctx.env().get("LINES");
        try {
            return v == null ? DEFAULT_DASHBOARD_ROWS : Math.max(3, Integer.parseInt(v.strip()) - 4);
        } catch (NumberFormatException e) {
            return DEFAULT_DASHBOARD_ROWS;
        }
    }

    /** Ctrl-C ends the JVM (exit 130); give the cursor back on the way out. Returns the hook to remove. */
    static Thread restoreTerminalOnExit(CliContext ctx) {
        Thread t = new Thread(() -> {
            ctx.out().print("\u001b[?25h\n");
            ctx.out().flush();
        });
        Runtime.getRuntime().addShutdownHook(t);
        return t;
    }

    /**
     * The watch is over, however it ended (a crash included): the cursor is shown again now, and the
     * hook for Ctrl-C is no longer needed. Showing it twice is harmless.
     */
    static void restoreTerminal(CliContext ctx, Thread hook) {
        if (hook == null) {
            return;
        }
        ctx.out().print("\u001b[?25h");
        ctx.out().flush();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running
        }
    }
}
