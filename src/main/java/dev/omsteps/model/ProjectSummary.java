package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One project of a ListProjects page: who it is, its status as the API wrote it, its steps and
 * the {@code ExtraInfo} figures (running step, its progress, sync delay) that let one page feed a
 * dashboard without a call per project.
 *
 * @param status           the project's status verbatim (unknown values kept), or null
 * @param runningStep      {@code ExtraInfo.RunningStep}, or null
 * @param runningProgress  {@code ExtraInfo.RunningProgress}, or null
 * @param syncDelaySeconds {@code ExtraInfo.SyncDelay}, or null
 */
public record ProjectSummary(
        String id,
        String name,
        String type,
        String status,
        String sourceEndpointType,
        String sinkEndpointType,
        Instant createdAt,
        Instant modifiedAt,
        Instant startedAt,
        Instant finishedAt,
        List<Step> steps,
        String runningStep,
        Integer runningProgress,
        Long syncDelaySeconds,
        Instant fetchedAt) {

    public ProjectSummary {
        steps = steps == null ? List.of() : List.copyOf(new StepsSnapshot(id, fetchedAt, null, true, null, steps).steps());
    }

    /** The project's steps as a snapshot, so the single-project watch machinery (diffs, trends, events) applies. */
    public StepsSnapshot asSnapshot(String requestId) {
        return new StepsSnapshot(id, fetchedAt, requestId, true, null, steps);
    }

    /** A name to show: the project's name, else its ID. */
    public String displayName() {
        return name == null ? id : name;
    }

    /**
     * The step that tells where the project is: the one {@code RunningStep} names; else the first
     * failed, suspended or running one; else the last one that is not waiting to start.
     */
    public Step currentStep() {
        if (runningStep != null) {
            for (Step s : steps) {
                if (runningStep.equalsIgnoreCase(s.name())) {
                    return s;
                }
            }
        }
        for (StepStatus.Kind k : List.of(StepStatus.Kind.FAILED, StepStatus.Kind.SUSPEND, StepStatus.Kind.RUNNING)) {
            for (Step s : steps) {
                if (s.status().is(k)) {
                    return s;
                }
            }
        }
        Step last = null;
        for (Step s : steps) {
            if (!s.status().is(StepStatus.Kind.INIT)) {
                last = s;
            }
        }
        return last;
    }

    /** Progress of the current step, 0..100: {@code RunningProgress} when given, else the step's own. */
    public Integer progress() {
        Step s = currentStep();
        if (runningProgress != null && (s == null || runningStep == null || runningStep.equalsIgnoreCase(s.name()))) {
            return Math.max(0, Math.min(100, runningProgress));
        }
        return s == null ? null : s.clampedProgress();
    }

    /** Incremental lag: {@code SyncDelay}, else what an incremental step's checkpoint says. */
    public Duration lag() {
        if (syncDelaySeconds != null) {
            return Duration.ofSeconds(Math.max(0, syncDelaySeconds));
        }
        for (Step s : steps) {
            if (s.metrics() != null && s.metrics().lagSeconds().isPresent()
                    && (s.status().is(StepStatus.Kind.MONITORING) || s.status().is(StepStatus.Kind.RUNNING))) {
                return Duration.ofSeconds(s.metrics().lagSeconds().getAsLong());
            }
        }
        return null;
    }

    /** Time left in the current step, when it is running and something supports an estimate. */
    public Duration eta() {
        Step s = currentStep();
        return s == null ? null : s.eta(fetchedAt);
    }

    /**
     * The worst status the project shows, project status and step statuses together: FAILED, SUSPEND,
     * RUNNING, MONITORING, FINISHED, INIT in that order; an unknown project status is kept as it is.
     */
    public StepStatus worstStatus() {
        StepStatus project = StepStatus.of(status);
        if (project.is(StepStatus.Kind.FAILED) || steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.FAILED))) {
            return StepStatus.of("FAILED");
        }
        if (project.is(StepStatus.Kind.SUSPEND) || steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.SUSPEND))) {
            return StepStatus.of("SUSPEND");
        }
        if (status != null && project.is(StepStatus.Kind.UNKNOWN) && !isSettledProjectStatus(status)) {
            return project;
        }
        if (steps.isEmpty()) {
            return project;
        }
        for (StepStatus.Kind k : List.of(StepStatus.Kind.RUNNING, StepStatus.Kind.UNKNOWN, StepStatus.Kind.INIT)) {
            for (Step s : steps) {
                if (s.status().is(k) && !(k == StepStatus.Kind.INIT && allBeforeSettled())) {
                    return s.status();
                }
            }
        }
        return steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.MONITORING))
                ? StepStatus.of("MONITORING") : StepStatus.of("FINISHED");
    }

    /** INIT steps after settled ones (e.g. a switchover not yet started) do not make a project "running". */
    private boolean allBeforeSettled() {
        return steps.stream().anyMatch(s -> s.status().is(StepStatus.Kind.MONITORING));
    }

    /** Project statuses that mean "nothing more will happen": released or deleted projects. */
    static boolean isSettledProjectStatus(String status) {
        String s = status.toUpperCase(Locale.ROOT);
        return s.equals("RELEASED") || s.equals("DELETED") || s.equals("RELEASING");
    }

    /** Finished for good (not merely monitoring): a lag figure left over from then means nothing. */
    boolean isSettledFinished() {
        return status != null && (StepStatus.of(status).is(StepStatus.Kind.FINISHED) || isSettledProjectStatus(status))
                || worstStatus().is(StepStatus.Kind.FINISHED);
    }

    /** Whether the project is at an end for a watch: finished, or every step finished or in steady MONITORING. */
    public boolean isSettled() {
        if (status != null && (StepStatus.of(status).is(StepStatus.Kind.FINISHED) || isSettledProjectStatus(status))) {
            return true;
        }
        StepStatus w = worstStatus();
        return !steps.isEmpty() && (w.is(StepStatus.Kind.FINISHED) || w.is(StepStatus.Kind.MONITORING));
    }
}
