package dev.omsteps.sim;

import dev.omsteps.sim.scenario.StepView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stalled component's answer: incremental sync's checkpoint and the time it was sampled both hours old, so that
 * "sample − checkpoint" still looks small while the target is hours behind at the fetch.
 */
final class StaleSample {

    static final Duration AGE = Duration.ofHours(3);

    private StaleSample() {
    }

    static List<StepView> of(List<StepView> steps) {
        return steps.stream().map(StaleSample::aged).toList();
    }

    private static StepView aged(StepView s) {
        Map<String, Object> info = s.stepInfo();
        if (info == null || !(info.get("incrTimestampCheckpoint") instanceof Number checkpoint)
                || !(info.get("checkpointSampleTimestamp") instanceof Number sample)) {
            return s;
        }
        Map<String, Object> old = new LinkedHashMap<>(info);
        old.put("incrTimestampCheckpoint", checkpoint.longValue() - AGE.toSeconds());
        old.put("checkpointSampleTimestamp", sample.longValue() - AGE.toSeconds());
        return new StepView(s.order(), s.name(), s.description(), s.status(), s.extraInfo(), s.startTime(), s.finishTime(),
                s.progress(), old);
    }
}
