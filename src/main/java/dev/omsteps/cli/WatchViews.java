package dev.omsteps.cli;

import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
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

    static WatchListener choose(OmstepsCommand root, boolean ndjson, List<String> ids, Instant now) {
        CliContext ctx = root.context();
        if (ndjson) {
            return new NdjsonView(ctx.out());
        }
        if (!ctx.stdoutIsTerminal()) {
            return new LogLinesView(ctx.out());
        }
        TerminalSettings terminal = root.terminal();
        RenderOptions base = terminal.renderOptions(false, now);
        TableRenderer renderer = new TableRenderer();
        return new TerminalView(ctx.out(),
                s -> String.join("\n", renderer.lines(s, new RenderOptions(base.width(), base.color(), base.unicode(), false, s.fetchedAt()))),
                terminal.width(), terminal.unicode(), ids);
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

    static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running
        }
    }
}
