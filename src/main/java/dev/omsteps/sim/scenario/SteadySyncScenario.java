package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;

/** A synchronization that finished its full phase days ago and now follows changes with a small, moving lag. */
public final class SteadySyncScenario implements Scenario {

    public static final String ID = "np_sim_sync_monitoring";

    static final TransferMetrics FULL = new TransferMetrics(80_000_000L, 52_000, 50_000, 4, 320, 53);
    /** Long enough never to end during a simulation. */
    private static final Duration FOREVER = Duration.ofDays(36_500);

    final Phase preCheck = Phase.of(Duration.ofDays(-3), Duration.ofSeconds(25));
    final Phase schema = Phase.after(preCheck, Duration.ofSeconds(70));
    final Phase full = Phase.after(schema, FULL.duration());
    final Phase incr = Phase.of(full.end(), FOREVER);

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public ProjectFacts facts() {
        return new ProjectFacts("sim-sync-monitoring", "SYNC", "OB_MYSQL", "KAFKA", Duration.ofDays(3));
    }

    @Override
    public String summary() {
        return "synchronization in steady MONITORING for 3 days: incremental sync with a lag of a few seconds";
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        return new ScenarioAnswer.Steps(List.of(
                StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", 100, null),
                StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", 100, null),
                StepKind.FULL_TRANSFER.on(3, full, t, "RUNNING", 100, FULL.stepInfo(FULL.capacity(), false, t)),
                StepKind.INCR_LOG_PULL.pullingLogs(4, full.start(), t),
                StepKind.INCR_TRANSFER.on(5, incr, t, "MONITORING", 100,
                        IncrementalLag.stepInfo(t, IncrementalLag.steadyLagSeconds(t, 61)))));
    }
}
