package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One step of an OMS project as returned by DescribeProjectSteps. */
public record Step(
        int order,
        String name,
        String description,
        StepStatus status,
        Integer progress,
        Instant startTime,
        Instant finishTime,
        StepMetrics metrics,
        List<ErrorDetail> errorDetails,
        String errorCode,
        String errorMsg,
        Map<String, String> errorParam,
        Instant failedTime) {

    public Step {
        errorDetails = errorDetails == null ? List.of() : List.copyOf(errorDetails);
        errorParam = errorParam == null ? Map.of() : Map.copyOf(errorParam);
    }

    /**
     * Whether the step is done: FINISHED, or RUNNING at 100 with a finish time. Real OMS leaves a completed full
     * verification so (captured answers; OceanBase Developer Center's {@code ProjectStepResultChecker} counts a
     * verification RUNNING at 100 as done), and the published example shows the same for a pre-check.
     */
    public boolean isFinished() {
        if (status.is(StepStatus.Kind.FINISHED)) {
            return true;
        }
        Integer p = clampedProgress();
        return status.is(StepStatus.Kind.RUNNING) && p != null && p >= 100 && finishTime != null;
    }

    /** Progress clamped to 0..100, or null when the API did not say. */
    public Integer clampedProgress() {
        return progress == null ? null : Math.max(0, Math.min(100, progress));
    }

    /** Time spent in the step: start to finish, or start to {@code now} while it is not done. */
    public Duration elapsed(Instant now) {
        if (startTime == null) {
            return null;
        }
        Instant end = finishTime != null ? finishTime : now;
        if (end == null || end.isBefore(startTime)) {
            return Duration.ZERO;
        }
        return Duration.between(startTime, end);
    }

    /**
     * Estimated time left. From row counts: remaining rows divided by the current rate
     * ({@link StepMetrics#effectiveRps()}); without them, from progress: elapsed × (100 − p) / p.
     * Null when the step is not running, has a finish time or is at 100% (the API's RUNNING-at-100
     * quirk), or nothing supports an estimate.
     */
    public Duration eta(Instant now) {
        Integer p = clampedProgress();
        if (!status.is(StepStatus.Kind.RUNNING) || finishTime != null || (p != null && p >= 100)) {
            return null;
        }
        if (metrics != null && metrics.remainingRecords() != null && metrics.effectiveRps() != null) {
            return Duration.ofSeconds(Math.round((double) metrics.remainingRecords() / metrics.effectiveRps()));
        }
        Duration elapsed = elapsed(now);
        if (p == null || p <= 0 || p >= 100 || elapsed == null || elapsed.isZero()) {
            return null;
        }
        return Duration.ofSeconds(elapsed.toSeconds() * (100 - p) / p);
    }

    /** Whether the step carries any error to show (details, a code or a message). */
    public boolean hasError() {
        return errorDetails.stream().anyMatch(e -> !e.isEmpty()) || errorCode != null || errorMsg != null;
    }

    /**
     * The step's own {@code ErrorCode: ErrorMsg} line (its placeholders filled from {@code ErrorParam}), or null when
     * there is none or an error detail already says the same message: a failed step's error is said once.
     */
    public String ownErrorLine() {
        if (errorCode == null && errorMsg == null) {
            return null;
        }
        String msg = ErrorDetail.of(null, errorMsg, errorParam).filledMessage();
        if (msg != null && errorDetails.stream().anyMatch(e -> msg.equals(e.filledMessage()))) {
            return null;
        }
        return (errorCode == null ? "" : errorCode + (msg == null ? "" : ": ")) + (msg == null ? "" : msg);
    }
}
