package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What one DescribeProjectSteps answer said about a project, and when it was fetched. */
public record StepsSnapshot(
        String projectId,
        Instant fetchedAt,
        String requestId,
        boolean success,
        ErrorDetail errorDetail,
        List<Step> steps) {

    public StepsSnapshot {
        steps = steps == null ? List.of() : steps.stream().sorted(Comparator.comparingInt(Step::order)).toList();
    }

    /** Steps done, counting a step RUNNING at 100 with a finish time as done ({@link Step#isFinished}). */
    public long finishedCount() {
        return steps.stream().filter(Step::isFinished).count();
    }

    /** The incremental lag at the fetch: from the first step whose StepInfo carries a checkpoint; null when none does. */
    public IncrementalLag incrementalLag() {
        return incrementalLag(steps, fetchedAt);
    }

    static IncrementalLag incrementalLag(List<Step> steps, Instant fetchedAt) {
        for (Step s : steps) {
            if (s.metrics() != null && !s.status().is(StepStatus.Kind.INIT)) {
                IncrementalLag lag = s.metrics().lag(fetchedAt);
                if (lag != null) {
                    return lag;
                }
            }
        }
        return null;
    }

    /** Where the project stands ({@link ProjectStage#of}), lagging from {@code laggingFrom}. */
    public ProjectStage stage(Duration laggingFrom) {
        return ProjectStage.of(steps, incrementalLag(), laggingFrom);
    }

    /** From the earliest step start to the fetch time (or the last finish when everything ended). */
    public Duration elapsed() {
        Instant start = steps.stream().map(Step::startTime).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        if (start == null || fetchedAt == null) {
            return null;
        }
        boolean allEnded = !steps.isEmpty() && steps.stream().allMatch(s -> s.finishTime() != null);
        Instant end = allEnded
                ? steps.stream().map(Step::finishTime).max(Instant::compareTo).orElse(fetchedAt)
                : fetchedAt;
        return end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    }
}
