package dev.omsteps.cli;

import java.io.IOException;

/**
 * Standard output could not be written: the reader went away (a closed pipe, as with {@code | head -1})
 * or the file it goes to cannot take more (a full disk). Unchecked, so that it passes through the
 * writers, views and poll loops between the failed write and {@link Main}, which ends the command.
 */
public final class OutputFailure extends RuntimeException {

    OutputFailure(IOException cause) {
        super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }

    /** The reader went away: not an error to report, only a reason to stop (exit 141, as a shell expects). */
    public boolean readerGone() {
        String m = String.valueOf(getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
    }
}
