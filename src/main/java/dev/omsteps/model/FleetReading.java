package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the exporter knows of one context's projects: the last good listing, and how refreshing it goes.
 *
 * @param context         the context's name, the label every series of it carries
 * @param projects        the projects of the last listing that succeeded (empty before the first)
 * @param listedAt        when that listing was fetched, or null before the first
 * @param up              whether the latest refresh succeeded
 * @param refreshDuration how long the latest refresh took
 * @param refreshes       refreshes tried so far
 * @param requests        API requests made so far
 * @param apiErrors       failed refreshes so far, by error kind (lower case, e.g. {@code throttled})
 * @param verificationDifferences per project, the differences its verification found, where known
 */
public record FleetReading(String context, List<ProjectSummary> projects, Instant listedAt, boolean up,
                           Duration refreshDuration, long refreshes, long requests, Map<String, Long> apiErrors,
                           Map<String, Long> verificationDifferences) {

    public FleetReading {
        projects = List.copyOf(projects);
        apiErrors = Map.copyOf(apiErrors);
        verificationDifferences = Map.copyOf(verificationDifferences);
    }

    /** Before the first refresh: nothing known, not up. */
    public static FleetReading empty(String context) {
        return new FleetReading(context, List.of(), null, false, Duration.ZERO, 0, 0, Map.of(), Map.of());
    }
}
