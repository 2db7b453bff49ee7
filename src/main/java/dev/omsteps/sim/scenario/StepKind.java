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

    StepView init(int order) {
        return new StepView(order, name(), description, "INIT", ExtraInfoView.NONE, null, null, 0, null);
    }

    /** A step on a phase: INIT before it, {@code running} during it, FINISHED after it. */
    StepView on(int order, Phase phase, ScenarioTime t, String running, int progress, Map<String, Object> stepInfo) {
        Duration elapsed = t.elapsed();
        if (phase.notStarted(elapsed)) {
            return init(order);
        }
        boolean done = phase.done(elapsed);
        return new StepView(order, name(), description, done ? "FINISHED" : running, ExtraInfoView.NONE,
                t.at(phase.start()), done ? t.at(phase.end()) : null, done ? 100 : progress, stepInfo);
    }
}
