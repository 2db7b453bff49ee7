package dev.omsteps.cli;

import dev.omsteps.http.Network;
import dev.omsteps.render.DashboardRenderer;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import dev.omsteps.notify.Notifier;
import dev.omsteps.notify.NotifyTarget;
import dev.omsteps.watch.AlertRule;
import dev.omsteps.watch.AlertWatch;
import dev.omsteps.watch.FatalErrors;
import dev.omsteps.watch.ImportanceLookup;
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
import java.time.Duration;
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

    /** Alerts and notifications that follow the watch beside the view; none unless {@link #following}. */
    private final Followers followers;

    /** What follows a watch besides its view: alert rules (judged per project) and where to send events. */
    record Followers(List<AlertRule> rules, boolean dashboard, List<NotifyTarget> targets, Network network,
                     ImportanceLookup importance) {
        static final Followers NONE = new Followers(List.of(), false, List.of(), Network.DIRECT, ImportanceLookup.NONE);
    }

    private WatchRunner(CliContext ctx, WatchListener view, RedrawnView redrawn) {
        this(ctx, view, redrawn, Followers.NONE);
    }

    private WatchRunner(CliContext ctx, WatchListener view, RedrawnView redrawn, Followers followers) {
        this.ctx = ctx;
        this.view = view;
        this.redrawn = redrawn;
        this.followers = followers;
    }

    /** The same watch, with alerts judged and events sent as {@code f} says. */
    WatchRunner following(Followers f) {
        return new WatchRunner(ctx, view, redrawn, f);
    }

    /** The ndjson view, whose last line must be {@code done} however the watch ends; null for other views. */
    private NdjsonView ndjson() {
        return view instanceof NdjsonView n ? n : null;
    }

    private static WatchRunner plain(CliContext ctx, WatchListener view) {
        return new WatchRunner(ctx, view, null);
    }

    private static WatchRunner redrawn(CliContext ctx, RedrawnView view) {
        return new WatchRunner(ctx, view, view);
    }

    /** A watch of given projects; on a terminal their tables and trends. */
    static WatchRunner forProjects(OmstepsCommand root, boolean ndjson, List<String> ids, Instant now, Duration laggingFrom) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(root, ndjson);
        if (plain != null) {
            return plain(ctx, plain);
        }
        TerminalSettings terminal = root.terminal();
        RenderOptions base = terminal.renderOptions(false, now, root.zone()).withLaggingFrom(laggingFrom);
        TableRenderer renderer = new TableRenderer();
        return redrawn(ctx, new TerminalView(ctx.out(),
                (s, width) -> renderer.lines(s, base.withWidth(width).withNow(s.fetchedAt())),
                screenSize(ctx), terminal.width(), terminal.unicode(), root.zone(), ids));
    }

    /** {@code watch --all}: on a terminal the dashboard. */
    static WatchRunner dashboard(OmstepsCommand root, boolean ndjson, Clock clock, Duration laggingFrom) {
        CliContext ctx = root.context();
        WatchListener plain = plainView(root, ndjson);
        if (plain != null) {
            return plain(ctx, plain);
        }
        TerminalSettings terminal = root.terminal();
        DashboardRenderer renderer = new DashboardRenderer();
        DashboardView.Frame frame = (projects, width) -> {
            RenderOptions o = terminal.renderOptions(false, clock.instant(), root.zone()).withWidth(width)
                    .withLaggingFrom(laggingFrom);
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
        Thread lastLine = ndjson() != null ? lastLineOnExit() : null;
        Runnable stopFollowingResizes = redrawn == null ? () -> { } : WindowResizes.follow(redrawn::resized);
        Notifier notifier = followers.targets().isEmpty() ? null
                : new Notifier(followers.targets(), Notifier.Settings.defaults(), followers.dashboard(), ctx.clock(),
                        ctx.sleeper(), w -> ctx.err().println("omsteps: warning: " + w), followers.network());
        try {
            WatchListener everyone = notifier == null ? WatchListeners.of(view, fatal) : WatchListeners.of(view, fatal, notifier);
            // the alerts follow the watch too, and tell everyone else when one fires or clears
            Outcome outcome = loop.run(WatchListeners.of(everyone,
                    new AlertWatch(followers.rules(), followers.dashboard(), ctx.clock(), everyone, followers.importance())));
            fatal.fatal().forEach((id, e) -> ctx.errors().print(
                    (nameProjects ? id + ": " : "") + command + " gave up: " + e.getMessage(), e.hint()));
            return outcome;
        } catch (OutputFailure e) {
            throw e; // standard output is gone: no line can follow
        } catch (RuntimeException e) {
            if (ndjson() != null) {
                ndjson().endedBy("error", ErrorPrinter.exitCode(e), ctx.clock().instant());
            }
            throw e;
        } finally {
            stopFollowingResizes.run();
            restoreTerminal(onCtrlC);
            if (notifier != null) {
                notifier.close();
            }
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

    /**
     * Ctrl-C or a signal ends the JVM (exit 130, see {@link Interrupts}): on the way out the last frame
     * is drawn again, saying the watch was interrupted, and the cursor is shown. Returns the hook to remove.
     */
    private Thread lastFrameOnCtrlC() {
        Thread t = new Thread(() -> {
            try {
                redrawn.interrupted();
            } catch (RuntimeException outputGone) {
                // no terminal left to draw on
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
