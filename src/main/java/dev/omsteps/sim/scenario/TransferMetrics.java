package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The StepInfo of a full transfer or verification moving {@code capacity} rows at a baseline rate.
 * Rows processed grow linearly with time, so the average rate is the baseline and the shown rates jitter
 * around it; progress is derived from rows, never set on its own.
 */
record TransferMetrics(long capacity, long srcRpsRef, long dstRpsRef, long dstRtRef, long bytesPerRow, long salt) {

    /** The source's baseline read time, ms per record: the shown srcRt jitters around it. */
    static final long SRC_RT_REF = 2;

    /** How long moving all rows takes at the baseline rate. */
    Duration duration() {
        return Duration.ofSeconds(capacity / dstRpsRef);
    }

    long processedAt(double fraction) {
        return Math.min(capacity, Math.round(capacity * Math.max(0, fraction)));
    }

    static int progressOf(long processed, long capacity) {
        return capacity == 0 ? 0 : (int) (processed * 100 / capacity);
    }

    /** StepInfo while running ({@code moving}) or once stopped (rates 0). */
    Map<String, Object> stepInfo(long processed, boolean moving, ScenarioTime t) {
        long srcRps = moving ? Math.round(srcRpsRef * t.jitter(salt, 0.08, Duration.ofSeconds(5))) : 0;
        long dstRps = moving ? Math.round(dstRpsRef * t.jitter(salt + 1, 0.08, Duration.ofSeconds(5))) : 0;
        long srcRt = moving ? Math.max(1, Math.round(SRC_RT_REF * t.jitter(salt + 2, 0.5, Duration.ofSeconds(5)))) : 0;
        long dstRt = moving ? Math.max(1, Math.round((dstRtRef - 1) * t.jitter(salt + 3, 0.4, Duration.ofSeconds(5)))) : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processedRecords", processed);
        m.put("capacity", capacity);
        m.put("srcRps", srcRps);
        m.put("srcRt", srcRt);
        m.put("srcIops", srcRps * bytesPerRow);
        m.put("dstRps", dstRps);
        m.put("dstRt", dstRt);
        m.put("dstIops", dstRps * bytesPerRow);
        // the baselines in the order real OMS sends them, srcRtRef and srcIopsRef included (oceanbase/odc's project_step.json)
        m.put("srcRpsRef", srcRpsRef);
        m.put("srcRtRef", SRC_RT_REF);
        m.put("dstRpsRef", dstRpsRef);
        m.put("dstRtRef", dstRtRef);
        m.put("srcIopsRef", srcRpsRef * bytesPerRow);
        return m;
    }
}
