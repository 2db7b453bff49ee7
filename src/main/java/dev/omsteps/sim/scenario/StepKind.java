package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.Map;

/** The steps the scenarios use, with the Chinese descriptions the OMS console shows. */
enum StepKind {
    PRE_CHECK("预检查"),
    STRUCT_TRANSFER("结构迁移"),
    FULL_TRANSFER("全量迁移"),
    FULL_VERIFIER("全量校验"),
    INCR_LOG_PULL("增量日志拉取"),
    INCR_TRANSFER("增量同步"),
    TRANSFER_APP_SWITCH("正向切换");

    final String description;

    StepKind(String description) {
        this.description = description;
    }

    /** How long the incremental log pull runs before it shows FINISHED, as in the captures (oceanbase/odc's project_step.json). */
    static final Duration LOG_PULL_TAKES = Duration.ofSeconds(50);

    /** The incremental log pull: it starts with full transfer, to record where changes begin, and is FINISHED soon after. */
    StepView pullingLogs(int order, Duration from, ScenarioTime t) {
        return on(order, Phase.of(from, LOG_PULL_TAKES), t, "RUNNING", 50, null);
    }

    StepView init(int order) {
        return new StepView(order, name(), description, "INIT", ExtraInfoView.NONE, null, null, 0, null);
    }

    /** A step on a phase: INIT before it, {@code running} during it, FINISHED after it. */
    StepView on(int order, Phase phase, ScenarioTime t, String running, int progress, Map<String, Object> stepInfo) {
        return on(order, phase, t, running, progress, stepInfo, "FINISHED");
    }

    /**
     * Full verification as real OMS leaves it once done: RUNNING at 100 with a finish time, never FINISHED
     * (oceanbase/odc's {@code project_step.json}; ODC's {@code ProjectStepResultChecker} counts it done so).
     */
    StepView verifying(int order, Phase phase, ScenarioTime t, int progress, Map<String, Object> stepInfo) {
        return on(order, phase, t, "RUNNING", progress, stepInfo, "RUNNING");
    }

    private StepView on(int order, Phase phase, ScenarioTime t, String running, int progress, Map<String, Object> stepInfo,
                        String whenDone) {
        Duration elapsed = t.elapsed();
        if (phase.notStarted(elapsed)) {
            return init(order);
        }
        boolean done = phase.done(elapsed);
        return new StepView(order, name(), description, done ? whenDone : running, ExtraInfoView.NONE,
                t.at(phase.start()), done ? t.at(phase.end()) : null, done ? 100 : progress, stepInfo);
    }
}
