package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole migration of 2,000,000,000 rows, from pre-check to forward switchover, in about 5h13m of
 * simulated time (under 10 s of real time at {@code --speed 2000}).
 */
public final class FullMigrationScenario implements Scenario {

    public static final String ID = "np_sim_full_migration";

    static final TransferMetrics FULL = new TransferMetrics(2_000_000_000L, 205_000, 200_000, 5, 180, 11);
    static final TransferMetrics VERIFY = new TransferMetrics(2_000_000_000L, 410_000, 400_000, 3, 180, 23);
    /** Incremental sync replays what changed since full transfer started; it catches up in this long. */
    static final Duration CATCH_UP = Duration.ofMinutes(30);
    /** How long incremental sync is watched in MONITORING before the application is switched over. */
    static final Duration MONITOR_BEFORE_SWITCH = Duration.ofMinutes(30);

    final Phase preCheck = Phase.of(Duration.ZERO, Duration.ofSeconds(30));
    final Phase schema = Phase.after(preCheck, Duration.ofSeconds(90));
    final Phase full = Phase.after(schema, FULL.duration());
    final Phase verify = Phase.after(full, VERIFY.duration());
    final Phase catchUp = Phase.after(verify, CATCH_UP);
    final Phase monitoring = Phase.after(catchUp, MONITOR_BEFORE_SWITCH);
    final Phase switchover = Phase.after(monitoring, Duration.ofSeconds(60));
    /** Incremental log pull starts with full transfer (to record where changes begin) and runs until switchover. */
    final Phase logPull = Phase.of(full.start(), switchover.end().minus(full.start()));
    /** Incremental sync: catching up, then MONITORING, finished by the switchover. */
    final Phase incr = Phase.of(catchUp.start(), switchover.end().minus(catchUp.start()));

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "full migration of 2,000,000,000 rows, pre-check to switchover; ends after "
                + formatted(switchover.end()) + " of simulated time";
    }

    @Override
    public Optional<Duration> endsAfter() {
        return Optional.of(switchover.end());
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        Duration e = t.elapsed();
        return new ScenarioAnswer.Steps(List.of(
                StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", percent(preCheck, e), null),
                StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", percent(schema, e), null),
                transfer(StepKind.FULL_TRANSFER, 3, full, FULL, t),
                transfer(StepKind.FULL_VERIFIER, 4, verify, VERIFY, t),
                StepKind.INCR_LOG_PULL.on(5, logPull, t, "MONITORING", 100, null),
                incrementalSync(t),
                StepKind.TRANSFER_APP_SWITCH.on(7, switchover, t, "RUNNING", percent(switchover, e),
                        switchover.notStarted(e) ? null
                                : Map.of("checkpointSampleTimestamp", t.frozenAt(switchover.end()).nowEpochSecond()))));
    }

    private static StepView transfer(StepKind kind, int order, Phase phase, TransferMetrics m, ScenarioTime t) {
        long processed = m.processedAt(phase.fraction(t.elapsed()));
        boolean moving = !phase.notStarted(t.elapsed()) && !phase.done(t.elapsed());
        return kind.on(order, phase, t, "RUNNING", TransferMetrics.progressOf(processed, m.capacity()),
                m.stepInfo(processed, moving, t));
    }

    private StepView incrementalSync(ScenarioTime now) {
        // once the switchover ends incremental sync, its figures stay as they were then
        ScenarioTime t = now.frozenAt(incr.end());
        Duration e = t.elapsed();
        if (incr.notStarted(e)) {
            return StepKind.INCR_TRANSFER.init(6);
        }
        long lag;
        String status;
        int progress;
        if (!catchUp.done(e)) {
            // the backlog since full transfer started shrinks linearly to the steady lag
            long backlog = catchUp.start().minus(full.start()).toSeconds();
            double f = catchUp.fraction(e);
            lag = Math.max(IncrementalLag.steadyLagSeconds(t, 31), Math.round(backlog * (1 - f)));
            status = "RUNNING";
            progress = Math.min(99, (int) (f * 100));
        } else {
            lag = IncrementalLag.steadyLagSeconds(t, 31);
            status = "MONITORING";
            progress = 100;
        }
        return StepKind.INCR_TRANSFER.on(6, incr, now, status, progress, IncrementalLag.stepInfo(t, lag));
    }

    private static int percent(Phase p, Duration e) {
        return (int) (p.fraction(e) * 100);
    }

    static String formatted(Duration d) {
        return d.toHours() + "h" + String.format("%02dm", d.toMinutesPart());
    }
}
