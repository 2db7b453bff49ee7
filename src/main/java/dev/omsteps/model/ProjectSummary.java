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
 * @param importance       {@code Importance} (e.g. HIGH, MEDIUM, LOW), or null
 * @param labels           the names of the project's {@code Labels}
 * @param alarmStats       {@code AlarmStats}, or null
 * @param syncDelaySampledAt {@code ExtraInfo.SyncDelaySampleTimestamp} (Unix seconds): when SyncDelay was measured
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
        Instant fetchedAt,
        String importance,
        List<String> labels,
        AlarmStats alarmStats,
        Long syncDelaySampledAt) {

    public ProjectSummary {
        steps = steps == null ? List.of() : List.copyOf(new StepsSnapshot(id, fetchedAt, null, true, null, steps).steps());
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A project without importance, labels, alarm figures or a sample time for its delay. */
    public ProjectSummary(String id, String name, String type, String status, String sourceEndpointType,
                          String sinkEndpointType, Instant createdAt, Instant modifiedAt, Instant startedAt,
                          Instant finishedAt, List<Step> steps, String runningStep, Integer runningProgress,
                          Long syncDelaySeconds, Instant fetchedAt) {
        this(id, name, type, status, sourceEndpointType, sinkEndpointType, createdAt, modifiedAt, startedAt, finishedAt,
                steps, runningStep, runningProgress, syncDelaySeconds, fetchedAt, null, List.of(), null, null);
    }

    /** The project's steps as a snapshot, so the single-project watch machinery (diffs, trends, events) applies. */
    public StepsSnapshot asSnapshot(String requestId) {
        return new StepsSnapshot(id, fetchedAt, requestId, true, null, steps);
    }

    /** A name to show: the project's name, else its ID; prefixed with its context ({@code prod/…}) when it has one. */
    public String displayName() {
        ProjectKey key = ProjectKey.parse(id);
        String own = name == null ? key.id() : name;
        return key.context() == null ? own : key.context() + "/" + own;
    }

    /** The same project as a watch of several contexts keys it: its ID becomes {@code context/id} ({@link ProjectKey}). */
    public ProjectSummary inContext(String context) {
        return new ProjectSummary(new ProjectKey(context, id).text(), name, type, status, sourceEndpointType, sinkEndpointType,
                createdAt, modifiedAt, startedAt, finishedAt, steps, runningStep, runningProgress, syncDelaySeconds, fetchedAt,
                importance, labels, alarmStats, syncDelaySampledAt);
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

    /**
     * Incremental lag at the fetch: from {@code SyncDelay} and the time it was sampled (so an old sample adds its age),
     * else from an incremental step's checkpoint; null when neither says.
     */
    public IncrementalLag incrementalLag() {
        if (syncDelaySeconds != null) {
            return IncrementalLag.ofDelay(syncDelaySeconds, syncDelaySampledAt, fetchedAt);
        }
        List<Step> syncing = steps.stream().filter(s -> s.status().is(StepStatus.Kind.MONITORING)
                || s.status().is(StepStatus.Kind.RUNNING)).toList();
        return StepsSnapshot.incrementalLag(syncing, fetchedAt);
    }

    /** How far the target is behind at the fetch ({@link IncrementalLag#behind}), or null. */
    public Duration lag() {
        IncrementalLag l = incrementalLag();
        return l == null ? null : l.behind();
    }

    /** Whether OMS reports an alarm firing for this project. */
    public boolean isAlarming() {
        return alarmStats != null && alarmStats.isAlarming();
    }

    /**
     * Where the project stands: the project's own status when it says failed, suspended or finished (or released);
     * a status omsteps does not know (RUNNING_MODIFYING, UNCONFIGURED …) as running; else what its steps say.
     */
    public ProjectStage stage(Duration laggingFrom) {
        StepStatus project = StepStatus.of(status);
        if (project.is(StepStatus.Kind.FAILED)) {
            return ProjectStage.FAILED;
        }
        if (project.is(StepStatus.Kind.SUSPEND)) {
            return ProjectStage.SUSPENDED;
        }
        if (status != null && (project.is(StepStatus.Kind.FINISHED) || isSettledProjectStatus(status))) {
            return ProjectStage.FINISHED;
        }
        ProjectStage fromSteps = ProjectStage.of(steps, incrementalLag(), laggingFrom);
        if (status != null && project.is(StepStatus.Kind.UNKNOWN) && fromSteps.isSettled()) {
            return ProjectStage.RUNNING;
        }
        return fromSteps;
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
        Step waiting = ProjectStage.waitingSwitchover(steps);
        for (StepStatus.Kind k : List.of(StepStatus.Kind.RUNNING, StepStatus.Kind.UNKNOWN, StepStatus.Kind.INIT)) {
            for (Step s : steps) {
                // a step done by its finish time, and a switchover waiting for a person, are not work in flight
                if (s.status().is(k) && !s.isFinished() && s != waiting && !(k == StepStatus.Kind.INIT && allBeforeSettled())) {
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

    /** Whether the project has done all it can alone (finished, syncing, ready for switchover) at the default threshold. */
    public boolean isSettled() {
        return stage(ProjectStage.DEFAULT_LAGGING_FROM).isSettled();
    }
}
