package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A migration that someone suspends 20 minutes into full transfer; its figures freeze there. */
public final class SuspendedMigrationScenario implements Scenario {

    public static final String ID = "np_sim_suspended";

    static final TransferMetrics FULL = new TransferMetrics(500_000_000L, 102_000, 100_000, 6, 240, 41);
    static final Duration RUNS_BEFORE_SUSPEND = Duration.ofMinutes(20);

    final Phase preCheck = Phase.of(Duration.ZERO, Duration.ofSeconds(20));
    final Phase schema = Phase.after(preCheck, Duration.ofSeconds(60));
    final Phase full = Phase.after(schema, FULL.duration());
    final Duration suspendAt = full.start().plus(RUNS_BEFORE_SUSPEND);

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "full migration of 500,000,000 rows, SUSPEND-ed " + RUNS_BEFORE_SUSPEND.toMinutes()
                + " minutes into full transfer (after " + FullMigrationScenario.formatted(suspendAt) + " of simulated time)";
    }

    @Override
    public Optional<Duration> endsAfter() {
        return Optional.of(suspendAt);
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        Duration e = t.elapsed();
        boolean suspended = e.compareTo(suspendAt) >= 0;
        Duration stoppedAt = suspended ? suspendAt : e;
        long processed = FULL.processedAt(full.fraction(stoppedAt));
        int progress = TransferMetrics.progressOf(processed, FULL.capacity());
        StepView transfer;
        if (suspended) {
            transfer = new StepView(3, StepKind.FULL_TRANSFER.name(), StepKind.FULL_TRANSFER.description, "SUSPEND",
                    ExtraInfoView.NONE, t.at(full.start()), null, progress, FULL.stepInfo(processed, false, t));
        } else {
            transfer = StepKind.FULL_TRANSFER.on(3, full, t, "RUNNING", progress,
                    FULL.stepInfo(processed, !full.notStarted(e), t));
        }
        return new ScenarioAnswer.Steps(List.of(
                StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", (int) (preCheck.fraction(e) * 100), null),
                StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", (int) (schema.fraction(e) * 100), null),
                transfer,
                StepKind.FULL_VERIFIER.init(4),
                StepKind.INCR_LOG_PULL.init(5),
                StepKind.INCR_TRANSFER.init(6)));
    }
}
