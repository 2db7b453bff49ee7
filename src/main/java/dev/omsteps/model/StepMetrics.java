package dev.omsteps.model;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The typed {@code StepInfo} of a step. Every figure is optional because each step kind
 * fills a different subset (see OMS-API.md); {@code null} means "not reported".
 */
public record StepMetrics(
        Long processedRecords,
        Long capacity,
        Long srcRps,
        Long srcRt,
        Long srcIops,
        Long dstRps,
        Long dstRt,
        Long dstIops,
        Long srcRpsRef,
        Long dstRpsRef,
        Long dstRtRef,
        Long incrTimestampCheckpoint,
        Long checkpointSampleTimestamp,
        Boolean enableIncrStatistics,
        Map<String, Object> other) {

    public StepMetrics {
        other = other == null ? Map.of() : Map.copyOf(other);
    }

    /** Incremental lag in seconds: when the checkpoint was sampled minus how far sync has applied. */
    public OptionalLong lagSeconds() {
        if (incrTimestampCheckpoint == null || checkpointSampleTimestamp == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, checkpointSampleTimestamp - incrTimestampCheckpoint));
    }

    /** When sync had applied up to; null when absent or beyond what a time can hold. */
    public Instant checkpointTime() {
        if (incrTimestampCheckpoint == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(incrTimestampCheckpoint);
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }

    /** Rows per second used for an ETA: rows written to the target, else rows read from the source. */
    public Long effectiveRps() {
        if (dstRps != null && dstRps > 0) {
            return dstRps;
        }
        return srcRps != null && srcRps > 0 ? srcRps : null;
    }

    public Long remainingRecords() {
        if (processedRecords == null || capacity == null) {
            return null;
        }
        return Math.max(0, capacity - processedRecords);
    }

    public boolean hasRowCounts() {
        return processedRecords != null || capacity != null;
    }
}
