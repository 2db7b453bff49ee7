package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How far incremental sync is behind, judged at the time of the fetch. OMS reports how far sync has applied (the
 * checkpoint) and when it sampled that figure; the lag that matters is how far the target is behind <em>now</em>, so
 * it is measured from the checkpoint to the fetch time, never to the sample time: a stalled component or an idle
 * source leaves an old sample, and "sample − checkpoint" would then hide a sync that stopped hours ago.
 *
 * <p>OceanBase Developer Center counts incremental sync as caught up only when the checkpoint is within
 * {@link #CAUGHT_UP_WITHIN} of the current time: OMS samples checkpoints about every 10 s and saves them about every
 * 10 s ({@code ProjectStepResultChecker} in the oceanbase/odc repository).
 *
 * @param checkpoint how far sync has applied; never null
 * @param sampledAt  when OMS sampled the checkpoint, or null when it did not say
 * @param fetchedAt  when omsteps received the answer; never null
 */
public record IncrementalLag(Instant checkpoint, Instant sampledAt, Instant fetchedAt) {

    /** The checkpoint's greatest distance from now at which sync counts as caught up. */
    public static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(25);

    /** A sample older than this is stale: OMS samples every ~10 s, so the component reporting it has stalled. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    public IncrementalLag {
        java.util.Objects.requireNonNull(checkpoint, "checkpoint");
        java.util.Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** From epoch seconds as the API sends them; null without a checkpoint or a fetch time, or out of range. */
    public static IncrementalLag of(Long checkpointSeconds, Long sampleSeconds, Instant fetchedAt) {
        Instant checkpoint = epoch(checkpointSeconds);
        if (checkpoint == null || fetchedAt == null) {
            return null;
        }
        return new IncrementalLag(checkpoint, epoch(sampleSeconds), fetchedAt);
    }

    /**
     * From a delay OMS measured at a sample time (ListProjects' {@code SyncDelay} and {@code SyncDelaySampleTimestamp}):
     * the checkpoint is the sample time minus the delay; without a sample time the delay is taken as of the fetch.
     */
    public static IncrementalLag ofDelay(long delaySeconds, Long sampleSeconds, Instant fetchedAt) {
        if (fetchedAt == null) {
            return null;
        }
        Instant sample = epoch(sampleSeconds);
        Instant at = sample != null ? sample : fetchedAt;
        return new IncrementalLag(at.minusSeconds(Math.max(0, delaySeconds)), sample, fetchedAt);
    }

    /** How far the target is behind at the fetch: fetch time − checkpoint, never negative (a clock ahead of ours). */
    public Duration behind() {
        return checkpoint.isAfter(fetchedAt) ? Duration.ZERO : Duration.between(checkpoint, fetchedAt);
    }

    /** How old the sample was at the fetch, or null when OMS did not say when it sampled. */
    public Duration sampleAge() {
        if (sampledAt == null) {
            return null;
        }
        return sampledAt.isAfter(fetchedAt) ? Duration.ZERO : Duration.between(sampledAt, fetchedAt);
    }

    /** Whether the sample is older than {@link #STALE_AFTER}: the figure is old news, and the lag at least this. */
    public boolean isStale() {
        Duration age = sampleAge();
        return age != null && age.compareTo(STALE_AFTER) > 0;
    }

    /** Whether sync is caught up as OceanBase Developer Center counts it: within {@link #CAUGHT_UP_WITHIN} of now. */
    public boolean isCaughtUp() {
        return behind().compareTo(CAUGHT_UP_WITHIN) <= 0;
    }

    /** Whether the lag reaches {@code threshold}. */
    public boolean reaches(Duration threshold) {
        return behind().compareTo(threshold) >= 0;
    }

    private static Instant epoch(Long seconds) {
        if (seconds == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(seconds);
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }
}
