package dev.omsteps.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;

/**
 * How much a project needs someone to look at it; the dashboard sorts by this, most urgent first:
 * failed, suspended, lagging (incremental lag of {@link #LAGGING_FROM} or more), running (and
 * anything unknown), then done (finished, or steady MONITORING with a small lag).
 */
public enum Attention {
    FAILED, SUSPENDED, LAGGING, RUNNING, DONE;

    /** A lag from which a synchronizing project counts as lagging. */
    public static final Duration LAGGING_FROM = Duration.ofSeconds(60);

    /** Most urgent first; laggards by lag (largest first), then by name and ID so the order is stable. */
    public static final Comparator<ProjectSummary> ORDER = Comparator
            .comparing(Attention::of)
            .thenComparing(p -> of(p) == LAGGING ? -p.lag().toSeconds() : 0L)
            .thenComparing(p -> p.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(ProjectSummary::id);

    public static Attention of(ProjectSummary p) {
        StepStatus w = p.worstStatus();
        if (w.is(StepStatus.Kind.FAILED)) {
            return FAILED;
        }
        if (w.is(StepStatus.Kind.SUSPEND)) {
            return SUSPENDED;
        }
        Duration lag = p.lag();
        if (lag != null && lag.compareTo(LAGGING_FROM) >= 0 && !p.isSettledFinished()) {
            return LAGGING;
        }
        return p.isSettled() ? DONE : RUNNING;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
