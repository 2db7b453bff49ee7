package dev.omsteps.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * An alert of one project started ({@code firing}) or cleared.
 *
 * @param lag    the project's incremental lag when it was judged, or null when it has none
 * @param detail what happened, in words, e.g. "lag 45s above 30s for 5m"
 */
public record AlertEvent(String projectId, AlertRule rule, boolean firing, Duration lag, String detail, Instant at) {
}
