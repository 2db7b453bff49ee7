package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import java.time.Instant;

/**
 * Failed polls in a row of one subject (a project, or a dashboard's list) and whether to try again:
 * a transient error is retried until {@code maxErrors} in a row; any other ends the watch at once.
 */
final class ErrorStreak {

    private final String subject;
    private final int maxErrors;
    private int inARow;

    ErrorStreak(String subject, int maxErrors) {
        this.subject = subject;
        this.maxErrors = maxErrors;
    }

    /** Counts a failed poll and tells the listener; true when the watch tries again. */
    boolean failed(ApiException error, WatchListener listener, Instant at) {
        inARow++;
        boolean retry = error.isTransient() && inARow < maxErrors;
        listener.onPollError(subject, error, inARow, retry, at);
        return retry;
    }

    void answered() {
        inARow = 0;
    }

    int inARow() {
        return inARow;
    }
}
