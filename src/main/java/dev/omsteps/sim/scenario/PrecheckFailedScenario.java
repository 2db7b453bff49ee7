package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A project whose pre-check failed (a table without a primary key) shortly before the simulator started. */
public final class PrecheckFailedScenario implements Scenario {

    public static final String ID = "np_sim_precheck_failed";

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "pre-check FAILED: a table without a primary key (ErrorDetails with {placeholders}, Reason, Proposal)";
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        ErrorDetailView detail = new ErrorDetailView("CM-PRECHECK-NO_PRIMARY_KEY", "ERROR",
                "Table {table} in {database} has no primary key",
                Map.of("table", "orders_2019", "database", "shop"),
                "Without a primary key or a non-null unique key, incremental sync cannot identify rows.",
                "Add a primary key to the table, or remove it from the migration objects, then run the pre-check again.");
        String failedAt = t.at(Duration.ofMinutes(-2));
        ExtraInfoView extra = new ExtraInfoView(List.of(detail), "PRECHECK_FAILED",
                "Table orders_2019 in shop has no primary key", Map.of("table", "orders_2019", "database", "shop"), failedAt);
        StepView preCheck = new StepView(1, StepKind.PRE_CHECK.name(), StepKind.PRE_CHECK.description, "FAILED", extra,
                t.at(Duration.ofMinutes(-3)), null, 60, null);
        return new ScenarioAnswer.Steps(List.of(preCheck,
                StepKind.STRUCT_TRANSFER.init(2),
                StepKind.FULL_TRANSFER.init(3),
                StepKind.FULL_VERIFIER.init(4),
                StepKind.INCR_LOG_PULL.init(5),
                StepKind.INCR_TRANSFER.init(6)));
    }
}
