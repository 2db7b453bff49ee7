package dev.omsteps.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One OMS component (a store pulling logs, an incremental-sync, full-import or full-verify
 * worker) from DescribeProjectComponents. Figures the kind does not report are null.
 *
 * @param status         as the API wrote it (RUNNING, EXCEPTION, …)
 * @param delaySeconds   {@code Delay}: how far behind it is, in seconds
 * @param tps            {@code Tps}: transactions (or records) per second
 * @param checkpoint     how far it has got: {@code Checkpoint} (sync) or {@code EndCheckpoint} (store)
 * @param checkpointSampledAt {@code CheckpointSampleTimestamp}: when that checkpoint was read
 * @param heartbeatAt    {@code LatelyHeartbeatTimeSec}: the last sign of life (stores)
 * @param progress       0..100 (full import and verify), or null
 * @param errors         {@code ErrorDetails}, and a store's {@code ErrMsg}
 */
public record Component(
        ComponentKind kind,
        String name,
        String ip,
        String region,
        String status,
        Long delaySeconds,
        Long tps,
        Instant checkpoint,
        Instant checkpointSampledAt,
        Instant heartbeatAt,
        Integer progress,
        List<ErrorDetail> errors) {

    /** Words in a status that mean the component is not doing its work. */
    private static final List<String> TROUBLE_WORDS = List.of("EXCEPTION", "FAIL", "ERROR", "STOP", "OFFLINE", "SUSPEND", "PAUSE", "DEAD");

    public Component {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Time since the last heartbeat, or null when the component does not report one. */
    public Duration heartbeatAge(Instant now) {
        return heartbeatAt == null || now == null ? null : nonNegative(Duration.between(heartbeatAt, now));
    }

    /** How old the checkpoint is at {@code now}: the lag a stalled component really has. */
    public Duration checkpointAge(Instant now) {
        return checkpoint == null || now == null ? null : nonNegative(Duration.between(checkpoint, now));
    }

    /** It reports errors or a status that means it is not working. */
    public boolean isInTrouble() {
        if (!errors.isEmpty()) {
            return true;
        }
        String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
        return TROUBLE_WORDS.stream().anyMatch(s::contains);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
