package dev.omsteps.cli;

import dev.omsteps.render.DashboardRenderer;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import dev.omsteps.watch.FatalErrors;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.WatchListener;
import dev.omsteps.watch.WatchListeners;
import dev.omsteps.watch.view.DashboardView;
import dev.omsteps.watch.view.LogLinesView;
import dev.omsteps.watch.view.NdjsonView;
import dev.omsteps.watch.view.RedrawnView;
import dev.omsteps.watch.view.ScreenSize;
import dev.omsteps.watch.view.TerminalView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a watch for {@code watch} and {@code demo}: chooses how it shows itself (ndjson when asked,
 * redrawn in place on a terminal, log lines otherwise), gives the cursor back however the watch ends,
 * and says each error that ended a project's watch as the usual one line on stderr.
 */
final class WatchRunner {

    /** A poll loop, run with the listener that is to follow it. */
    interface Loop {
        Outcome run(WatchListener listener);
    }

    private final CliContext ctx;
    private final WatchListener view;
    /** The view that redraws in place (it hides the cursor, follows resizes, and says Ctrl-C); null for plain views. */
    private final RedrawnView redrawn;

    private WatchRunner(CliContext ctx, WatchListener view, RedrawnView redrawn) {
        this.ctx = ctx;
        this.view = view;
        this.redrawn = redrawn;
    }

    private static WatchRunner plain(CliContext ctx, WatchListener view) {
        return new WatchRunner(ctx, view, null);
    }

    private static WatchRunner redrawn(CliContext ctx, RedrawnView view) {
        return new WatchRunner(ctx, view, view);
    }

    /** A watch of given projects; on a terminal their tables and trends. */
    static WatchRunner forProjects(OmstepsCommand root, boolean ndjson, List<String> ids, Instant now) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(root, ndjson);
        if (plain != null) {
            return plain(ctx, plain);
        }
        TerminalSettings terminal = root.terminal();
        RenderOptions base = terminal.renderOptions(false, now).withZone(root.zone());
        TableRenderer renderer = new TableRenderer();
        return redrawn(ctx, new TerminalView(ctx.out(),
                (s, width) -> renderer.lines(s, base.withWidth(width).withNow(s.fetchedAt())),
                screenSize(ctx), terminal.width(), terminal.unicode(), root.zone(), ids));
    }

    /** {@code watch --all}: on a terminal the dashboard. */
    static WatchRunner dashboard(OmstepsCommand root, boolean ndjson, Clock clock) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(root, ndjson);
        if (plain != null) {
            return plain(ctx, plain);
        }
        TerminalSettings terminal = root.terminal();
        DashboardRenderer renderer = new DashboardRenderer();
        DashboardView.Frame frame = (projects, width) -> {
            RenderOptions o = terminal.renderOptions(false, clock.instant()).withZone(root.zone()).withWidth(width);
            List<String> lines = new ArrayList<>();
            lines.add(renderer.summary(projects, o));
            lines.addAll(renderer.lines(projects, o));
            return lines;
        };
        return redrawn(ctx, new DashboardView(ctx.out(), frame, screenSize(ctx), terminal.width(), terminal.unicode(), root.zone()));
    }

    /**
     * ndjson when asked; log lines (append-only, no escape code) when stdout is not a terminal or is one
     * that cannot move its cursor ({@code TERM} unset or {@code dumb}); null when a redrawn view is wanted.
     */
    private static WatchListener plainView(OmstepsCommand root, boolean ndjson) {
        CliContext ctx = root.context();
        if (ndjson) {
            return new NdjsonView(ctx.out());
        }
        return ctx.stdoutIsTerminal() && movesCursor(ctx.env()) ? null : new LogLinesView(ctx.out(), root.zone());
    }

    static boolean movesCursor(java.util.Map<String, String> env) {
        String term = env.get("TERM");
        return term != null && !term.isBlank() && !"dumb".equals(term.strip());
    }

    /**
     * The terminal's size now, measured at every redraw so a resize is followed; {@code LINES} and
     * {@code COLUMNS} only stand in for what the terminal will not say (they are not updated on a resize).
     */
    private static Supplier<ScreenSize> screenSize(CliContext ctx) {
        int columns = positive(ctx.env().get("COLUMNS"));
        int lines = positive(ctx.env().get("LINES"));
        return () -> {
            TerminalSize t = TerminalSize.ofStdout();
            return new ScreenSize(t.columns() > 0 ? t.columns() : columns, t.rows() > 0 ? t.rows() : lines);
        };
    }

    private static int positive(String v) {
        try {
            return v == null ? 0 : Math.max(0, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Runs {@code loop} with the view; afterwards each error that ended a project's watch is said on
     * stderr as "{@code command} gave up: …", preceded by the project's ID when {@code nameProjects}.
     */
    Outcome run(String command, boolean nameProjects, Loop loop) {
        FatalErrors fatal = new FatalErrors();
        Thread onCtrlC = redrawn == null ? null : lastFrameOnCtrlC();
        Runnable stopFollowingResizes = redrawn == null ? () -> { } : WindowResizes.follow(redrawn::resized);
        try {
            Outcome outcome = loop.run(WatchListeners.of(view, fatal));
            fatal.fatal().forEach((id, e) -> ctx.errors().print(
                    (nameProjects ? id + ": " : "") + command + " gave up: " + e.getMessage(), e.hint()));
            return outcome;
        } finally {
            stopFollowingResizes.run();
            restoreTerminal(onCtrlC);
        }
    }

    /**
     * Ctrl-C ends the JVM (exit 130): on the way out the last frame is drawn again, saying the watch
     * was interrupted, and the cursor is shown. Returns the hook to remove.
     */
    private Thread lastFrameOnCtrlC() {
        Thread t = new Thread(redrawn::interrupted);
        Runtime.getRuntime().addShutdownHook(t);
        return t;
    }

    /**
     * The watch is over, however it ended (a crash included): the cursor is shown again now, and the
     * hook for Ctrl-C is no longer needed. Showing it twice is harmless.
     */
    private void restoreTerminal(Thread hook) {
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
