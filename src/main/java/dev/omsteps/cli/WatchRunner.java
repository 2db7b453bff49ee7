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
import dev.omsteps.watch.view.TerminalView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** Project lines a dashboard draws when {@code LINES} does not say how tall the terminal is. */
    static final int DEFAULT_DASHBOARD_ROWS = 40;

    private final CliContext ctx;
    private final WatchListener view;
    /** The view redraws in place, so it hides the cursor: that must be undone on every way out. */
    private final boolean redrawn;

    private WatchRunner(CliContext ctx, WatchListener view, boolean redrawn) {
        this.ctx = ctx;
        this.view = view;
        this.redrawn = redrawn;
    }

    /** The ndjson view, whose last line must be {@code done} however the watch ends; null for other views. */
    private NdjsonView ndjson() {
        return view instanceof NdjsonView n ? n : null;
    }

    /** A watch of given projects; on a terminal their tables and trends. */
    static WatchRunner forProjects(OmstepsCommand root, boolean ndjson, List<String> ids, Instant now) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(ctx, ndjson);
        if (plain != null) {
            return new WatchRunner(ctx, plain, false);
        }
        TerminalSettings terminal = root.terminal();
        RenderOptions base = terminal.renderOptions(false, now);
        TableRenderer renderer = new TableRenderer();
        return new WatchRunner(ctx, new TerminalView(ctx.out(),
                s -> String.join("\n", renderer.lines(s, new RenderOptions(base.width(), base.color(), base.unicode(), false, s.fetchedAt()))),
                terminal.width(), terminal.unicode(), ids), true);
    }

    /** {@code watch --all}: on a terminal the dashboard. */
    static WatchRunner dashboard(OmstepsCommand root, boolean ndjson, Clock clock) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(ctx, ndjson);
        if (plain != null) {
            return new WatchRunner(ctx, plain, false);
        }
        TerminalSettings terminal = root.terminal();
        DashboardRenderer renderer = new DashboardRenderer();
        DashboardView.Frame frame = projects -> {
            RenderOptions o = terminal.renderOptions(false, clock.instant());
            List<String> lines = new ArrayList<>();
            lines.add(renderer.summary(projects, o));
            lines.addAll(renderer.lines(projects, o));
            return lines;
        };
        return new WatchRunner(ctx, new DashboardView(ctx.out(), frame, terminal.width(), dashboardRows(ctx), terminal.unicode()), true);
    }

    /** ndjson when asked, log lines when stdout is not a terminal; null when a terminal view is wanted. */
    private static WatchListener plainView(CliContext ctx, boolean ndjson) {
        if (ndjson) {
            return new NdjsonView(ctx.out());
        }
        return ctx.stdoutIsTerminal() ? null : new LogLinesView(ctx.out());
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

    /**
     * Runs {@code loop} with the view; afterwards each error that ended a project's watch is said on
     * stderr as "{@code command} gave up: …", preceded by the project's ID when {@code nameProjects}.
     */
    Outcome run(String command, boolean nameProjects, Loop loop) {
        FatalErrors fatal = new FatalErrors();
        Thread restore = redrawn ? restoreTerminalOnExit() : null;
        Thread lastLine = ndjson() != null ? lastLineOnExit() : null;
        try {
            Outcome outcome = loop.run(WatchListeners.of(view, fatal));
            fatal.fatal().forEach((id, e) -> Main.error(ctx.err(),
                    (nameProjects ? id + ": " : "") + command + " gave up: " + e.getMessage(), e.hint()));
            return outcome;
        } catch (OutputFailure e) {
            throw e; // standard output is gone: no line can follow
        } catch (RuntimeException e) {
            if (ndjson() != null) {
                ndjson().endedBy("error", Main.exitCode(e), ctx.clock().instant());
            }
            throw e;
        } finally {
            restoreTerminal(restore);
            removeHook(lastLine);
        }
    }

    /** A signal ends the JVM as interrupted (exit 130, see {@link Interrupts}): the ndjson stream still ends in {@code done}. */
    private Thread lastLineOnExit() {
        NdjsonView n = ndjson();
        Thread t = new Thread(() -> {
            try {
                n.endedBy("interrupted", ExitCodes.INTERRUPTED, ctx.clock().instant());
            } catch (RuntimeException outputGone) {
                // nothing more can be said on a standard output that failed
            }
        });
        Runtime.getRuntime().addShutdownHook(t);
        return t;
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running
        }
    }

    /** Ctrl-C ends the JVM (exit 130); give the cursor back on the way out. Returns the hook to remove. */
    private Thread restoreTerminalOnExit() {
        Thread t = new Thread(() -> {
            try {
                ctx.out().print("\u001b[?25h\n");
                ctx.out().flush();
            } catch (RuntimeException outputGone) {
                // no terminal left to restore
            }
        });
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
        removeHook(hook);
        try {
            ctx.out().print("\u001b[?25h");
            ctx.out().flush();
        } catch (OutputFailure gone) {
            // no terminal to restore; the failure is already on its way up
        }
    }
}
