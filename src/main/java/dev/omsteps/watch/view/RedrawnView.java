package dev.omsteps.watch.view;

import dev.omsteps.api.ApiException;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;

/** A view redrawn in place on a {@link LiveScreen}: poll errors and the countdown go to its status line. */
abstract class RedrawnView implements WatchListener {

    protected final LiveScreen screen;

    RedrawnView(PrintWriter out, int width, boolean unicode) {
        this.screen = new LiveScreen(out, width, unicode);
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        screen.pollFailed(projectId, e, consecutive, willRetry);
    }

    @Override
    public void onWaiting(Instant now, Instant nextPoll) {
        screen.waiting(now, nextPoll);
    }
}
