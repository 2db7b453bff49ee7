package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A migration whose full verification finished a day ago and found two tables different, while
 * incremental sync keeps the target a few seconds behind: the project a cutover gate must stop.
 */
public final class VerifyDifferencesScenario implements Scenario {

    public static final String ID = "np_sim_verify_differences";

    static final TransferMetrics FULL = new TransferMetrics(40_000_000L, 52_000, 50_000, 4, 300, 71);
    private static final Duration FOREVER = Duration.ofDays(36_500);

    final Phase preCheck = Phase.of(Duration.ofDays(-2), Duration.ofSeconds(30));
    final Phase schema = Phase.after(preCheck, Duration.ofSeconds(80));
    final Phase full = Phase.after(schema, FULL.duration());
    final Phase verify = Phase.after(full, FULL.duration());
    final Phase incr = Phase.of(verify.end(), FOREVER);

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "migration in steady MONITORING whose full verification found 2 tables different (orders, payments)";
    }

    @Override
    public ProjectFacts facts() {
        return new ProjectFacts("sim-verify-differences", "MIGRATION", "MYSQL", "OB_MYSQL", Duration.ofDays(2));
    }

    @Override
    public MigratedTables tables() {
        return new MigratedTables("shop", "shop_ob", List.of("customers", "orders", "order_items", "payments", "coupons"),
                Map.of("orders", 12L, "payments", 3L));
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        return new ScenarioAnswer.Steps(List.of(
                StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", 100, null),
                StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", 100, null),
                StepKind.FULL_TRANSFER.on(3, full, t, "RUNNING", 100, FULL.stepInfo(FULL.capacity(), false, t)),
                StepKind.FULL_VERIFIER.verifying(4, verify, t, 100, FULL.stepInfo(FULL.capacity(), false, t)),
                StepKind.INCR_LOG_PULL.pullingLogs(5, full.start(), t),
                StepKind.INCR_TRANSFER.on(6, incr, t, "MONITORING", 100,
                        IncrementalLag.stepInfo(t, IncrementalLag.steadyLagSeconds(t, 73))),
                StepKind.TRANSFER_APP_SWITCH.init(7)));
    }
}
