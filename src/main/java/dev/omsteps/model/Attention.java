package dev.omsteps.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;

/**
 * How much a project needs someone to look at it; the dashboard sorts by this, most urgent first:
 * failed, suspended, lagging (steady sync behind by the lagging threshold or more), ready (the
 * switchover waits for a person), running (and anything unknown), then done (finished, or steady
 * sync that keeps up). An alarm firing in OMS is shown as a flag beside the project, not as a level of its own.
 */
public enum Attention {
    FAILED, SUSPENDED, LAGGING, READY, RUNNING, DONE;

    /** Most urgent first at the default threshold; laggards by lag (largest first), then by name and ID. */
    public static final Comparator<ProjectSummary> ORDER = order(ProjectStage.DEFAULT_LAGGING_FROM);

    /** Most urgent first; laggards by lag (largest first), then by name and ID so the order is stable. */
    public static Comparator<ProjectSummary> order(Duration laggingFrom) {
        return Comparator
                .comparing((ProjectSummary p) -> of(p, laggingFrom))
                .thenComparing(p -> of(p, laggingFrom) == LAGGING && p.lag() != null ? -p.lag().toSeconds() : 0L)
                .thenComparing(p -> p.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(ProjectSummary::id);
    }

    public static Attention of(ProjectSummary p) {
        return of(p, ProjectStage.DEFAULT_LAGGING_FROM);
    }

    public static Attention of(ProjectSummary p, Duration laggingFrom) {
        return switch (p.stage(laggingFrom)) {
            case FAILED -> FAILED;
            case SUSPENDED -> SUSPENDED;
            case LAGGING -> LAGGING;
            case READY_FOR_SWITCHOVER -> READY;
            case RUNNING -> RUNNING;
            case SYNCING, FINISHED -> DONE;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
