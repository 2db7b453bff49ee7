package dev.omsteps.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Where a project stands, derived from its steps and its incremental lag: the one place that decides what "done"
 * means. Real migrations do not end with every step FINISHED: once pre-check, schema and full migration are finished,
 * incremental sync settles at MONITORING, full verification stays RUNNING at 100 with a finish time, and the forward
 * switchover waits (INIT, or RUNNING at 0) for a person to start the cutover (answers captured from real OMS; the
 * rules of OceanBase Developer Center's {@code ProjectStepResultChecker}). That is {@link #READY_FOR_SWITCHOVER}.
 */
public enum ProjectStage {
    /** A step failed. */
    FAILED,
    /** A step is suspended. */
    SUSPENDED,
    /** Incremental sync in MONITORING is behind by the lagging threshold or more: not done, whatever its status. */
    LAGGING,
    /** Work in flight (or not started). */
    RUNNING,
    /** Steady incremental sync, not lagging, with no switchover waiting: as far as a synchronization goes. */
    SYNCING,
    /** Everything OMS does alone is done and sync is caught up; the forward switchover waits for a person. */
    READY_FOR_SWITCHOVER,
    /** Every step finished. */
    FINISHED;

    /** {@link #DEFAULT_LAGGING_FROM} in seconds, a constant the command-line options can name as their default. */
    public static final long DEFAULT_LAGGING_SECONDS = 60;

    /** The lag from which a synchronizing project counts as lagging, unless the user sets another. */
    public static final Duration DEFAULT_LAGGING_FROM = Duration.ofSeconds(DEFAULT_LAGGING_SECONDS);

    /** Whether the project has done all it can alone (a watch of it may end): finished, syncing or ready. */
    public boolean isSettled() {
        return this == FINISHED || this == SYNCING || this == READY_FOR_SWITCHOVER;
    }

    /** Lower-case words with hyphens, as {@code -o json} and log lines show it: {@code ready-for-switchover}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Words for people: {@code ready for switchover}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The stage of a project with these steps.
     *
     * @param lag         the incremental lag at the fetch, or null when none is known
     * @param laggingFrom the lag from which steady sync counts as lagging
     */
    public static ProjectStage of(List<Step> steps, IncrementalLag lag, Duration laggingFrom) {
        if (steps.isEmpty()) {
            return RUNNING;
        }
        if (steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.FAILED))) {
            return FAILED;
        }
        if (steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.SUSPEND))) {
            return SUSPENDED;
        }
        if (steps.stream().allMatch(Step::isFinished)) {
            return FINISHED;
        }
        boolean monitoring = steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.MONITORING));
        if (monitoring && lag != null && lag.reaches(laggingFrom)) {
            return LAGGING;
        }
        Step switchover = waitingSwitchover(steps);
        boolean othersSettled = steps.stream()
                .filter(s -> s != switchover && !(switchover != null && s.order() > switchover.order()))
                .allMatch(s -> s.isFinished() || s.status().is(StepStatus.Kind.MONITORING));
        if (!othersSettled) {
            return RUNNING;
        }
        if (switchover == null) {
            return monitoring ? SYNCING : RUNNING;
        }
        // ODC asks for a checkpoint within ~25 s of now before it calls incremental sync done
        return lag == null || lag.isCaughtUp() ? READY_FOR_SWITCHOVER : SYNCING;
    }

    /** The forward switchover step when it waits for a person: INIT, or RUNNING at 0 without a finish time. */
    static Step waitingSwitchover(List<Step> steps) {
        for (Step s : steps) {
            if (StepNames.isForwardSwitchover(s.name())) {
                Integer p = s.clampedProgress();
                boolean waiting = s.status().is(StepStatus.Kind.INIT)
                        || (s.status().is(StepStatus.Kind.RUNNING) && (p == null || p == 0) && s.finishTime() == null);
                return waiting ? s : null;
            }
        }
        return null;
    }
}
