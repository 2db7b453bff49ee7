package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the errors that ended a project's watch, so the command can also say them as the usual
 * one line on stderr (the view writes to stdout). It follows a watch beside the view.
 */
public final class FatalErrors implements WatchListener {

    private final Map<String, ApiException> fatal = new LinkedHashMap<>();

    /** Project ID (or the dashboard's list) → the error after which its watch gave up. */
    public Map<String, ApiException> fatal() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fatal));
    }

    @Override
    public void onPollError(String projectId, ApiException error, int consecutive, boolean willRetry, Instant at) {
        if (!willRetry) {
            fatal.put(projectId, error);
        }
    }
}
