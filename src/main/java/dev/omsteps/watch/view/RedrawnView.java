package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * A view redrawn in place on a {@link LiveScreen}: poll errors and the countdown go to its status line.
 * Besides the watch's events it hears of the terminal's resizes and of Ctrl-C, from other threads.
 */
public abstract class RedrawnView implements WatchListener {

    protected final LiveScreen screen;

    RedrawnView(PrintWriter out, Supplier<ScreenSize> size, int fallbackColumns, boolean unicode, ZoneId zone) {
        this.screen = new LiveScreen(out, size, fallbackColumns, unicode, zone);
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        screen.pollFailed(projectId, e, consecutive, willRetry);
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        screen.waiting(now, nextPoll);
    }

    @Override
    public void onDone(Outcome outcome, java.util.Map<String, Outcome> perProject, Instant at) {
        screen.end(outcome);
    }

    /** The terminal was resized (SIGWINCH): redraw now, to its new size. */
    public void resized() {
        screen.resized();
    }

    /** Ctrl-C: the last frame says the watch was interrupted (nothing happens when it had already ended). */
    public void interrupted() {
        screen.end(Outcome.INTERRUPTED);
    }
}
