package dev.omsteps.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A step's {@code StepInfo}: every field OMS sent, under the name and in the order it sent them, known or not (a new
 * server's figure reaches {@code -o json} and {@code -o wide} without a release of omsteps). Numbers, and strings that
 * hold a number, are kept exactly as {@link BigDecimal}s ({@code "0.35"} stays 0.35); booleans as {@link Boolean};
 * other text as printable strings; {@code null} (or the API's {@code "null"}) as null. The typed accessors read the
 * figures omsteps reasons about; each is null when not reported.
 *
 * @param fields every field as received, unmodifiable, null values allowed
 */
public record StepMetrics(Map<String, Object> fields) {

    public StepMetrics {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Convenience for tests and the simulator's model: fields given as name, value pairs. */
    public static StepMetrics of(Object... nameValuePairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            Object v = nameValuePairs[i + 1];
            m.put((String) nameValuePairs[i], v instanceof Number n && !(v instanceof BigDecimal) ? new BigDecimal(n.toString()) : v);
        }
        return new StepMetrics(m);
    }

    /** The value of a field whatever the case of its name, or null. */
    public Object get(String name) {
        Object exact = fields.get(name);
        if (exact != null || fields.containsKey(name)) {
            return exact;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A field as a number, or null when absent or not a number. */
    public BigDecimal number(String name) {
        return get(name) instanceof BigDecimal d ? d : null;
    }

    private Long whole(String name) {
        BigDecimal d = number(name);
        if (d == null) {
            return null;
        }
        try {
            return d.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private Double fractional(String name) {
        BigDecimal d = number(name);
        return d == null ? null : d.doubleValue();
    }

    public Long processedRecords() {
        return whole("processedRecords");
    }

    public Long capacity() {
        return whole("capacity");
    }

    public Long srcRps() {
        return whole("srcRps");
    }

    /** Source response time, ms per record; the official metadata types it as a string, and it can be fractional. */
    public Double srcRt() {
        return fractional("srcRt");
    }

    public Long srcIops() {
        return whole("srcIops");
    }

    public Long dstRps() {
        return whole("dstRps");
    }

    public Double dstRt() {
        return fractional("dstRt");
    }

    public Long dstIops() {
        return whole("dstIops");
    }

    public Long srcRpsRef() {
        return whole("srcRpsRef");
    }

    public Double srcRtRef() {
        return fractional("srcRtRef");
    }

    public Long srcIopsRef() {
        return whole("srcIopsRef");
    }

    public Long dstRpsRef() {
        return whole("dstRpsRef");
    }

    public Double dstRtRef() {
        return fractional("dstRtRef");
    }

    public Long incrTimestampCheckpoint() {
        return whole("incrTimestampCheckpoint");
    }

    public Long checkpointSampleTimestamp() {
        return whole("checkpointSampleTimestamp");
    }

    public Boolean enableIncrStatistics() {
        return get("enableIncrStatistics") instanceof Boolean b ? b : null;
    }

    /** Incremental lag at {@code fetchedAt} (fetch time − checkpoint, with the sample's age); null without a checkpoint. */
    public IncrementalLag lag(Instant fetchedAt) {
        return IncrementalLag.of(incrTimestampCheckpoint(), checkpointSampleTimestamp(), fetchedAt);
    }

    /** When sync had applied up to; null when absent or beyond what a time can hold. */
    public Instant checkpointTime() {
        Long cp = incrTimestampCheckpoint();
        if (cp == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(cp);
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }

    /** Rows per second used for an ETA: rows written to the target, else rows read from the source. */
    public Long effectiveRps() {
        Long dst = dstRps();
        if (dst != null && dst > 0) {
            return dst;
        }
        Long src = srcRps();
        return src != null && src > 0 ? src : null;
    }

    public Long remainingRecords() {
        Long done = processedRecords();
        Long all = capacity();
        if (done == null || all == null) {
            return null;
        }
        return Math.max(0, all - done);
    }

    public boolean hasRowCounts() {
        return processedRecords() != null || capacity() != null;
    }
}
