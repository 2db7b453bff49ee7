package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Incremental sync StepInfo: the checkpoint trails the sample time by the lag. */
final class IncrementalLag {

    private IncrementalLag() {
    }

    /** A small lag, 1..6 s, that moves every few simulated seconds. */
    static long steadyLagSeconds(ScenarioTime t, long salt) {
        return Math.max(1, Math.round(3.5 * t.jitter(salt, 0.7, Duration.ofSeconds(10))));
    }

    static Map<String, Object> stepInfo(ScenarioTime t, long lagSeconds) {
        long sample = t.nowEpochSecond();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incrTimestampCheckpoint", sample - Math.max(0, lagSeconds));
        m.put("checkpointSampleTimestamp", sample);
        m.put("enableIncrStatistics", true);
        return m;
    }
}
