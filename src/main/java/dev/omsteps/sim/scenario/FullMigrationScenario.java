package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole migration of 2,000,000,000 rows as real OMS runs one: pre-check, schema, full transfer, full verification
 * (left RUNNING at 100 with a finish time once done), incremental sync catching up to MONITORING, and then the forward
 * switchover waiting (INIT) for a person to start it: about 5h of simulated time to "ready for switchover" (under
 * 10 s of real time at {@code --speed 2000}). Once someone starts the switchover ({@link Switchovers}) it runs a
 * minute and everything ends FINISHED.
 */
public final class FullMigrationScenario implements Scenario {

    public static final String ID = "np_sim_full_migration";

    static final TransferMetrics FULL = new TransferMetrics(2_000_000_000L, 205_000, 200_000, 5, 180, 11);
    static final TransferMetrics VERIFY = new TransferMetrics(2_000_000_000L, 410_000, 400_000, 3, 180, 23);
    /** Incremental sync replays what changed since full transfer started; it catches up in this long. */
    static final Duration CATCH_UP = Duration.ofMinutes(30);
    static final Duration SWITCHOVER_TAKES = Duration.ofSeconds(60);
    private static final Duration FOREVER = Duration.ofDays(36_500);

    final Phase preCheck = Phase.of(Duration.ZERO, Duration.ofSeconds(30));
    final Phase schema = Phase.after(preCheck, Duration.ofSeconds(90));
    final Phase full = Phase.after(schema, FULL.duration());
    final Phase verify = Phase.after(full, VERIFY.duration());
    final Phase catchUp = Phase.after(verify, CATCH_UP);

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "full migration of 2,000,000,000 rows, pre-check to a switchover that waits for you; ready for switchover after "
                + formatted(catchUp.end()) + " of simulated time";
    }

    /** Nothing changes by itself once the switchover waits: it is a person's move. */
    @Override
    public Optional<Duration> endsAfter() {
        return Optional.of(catchUp.end());
    }

    @Override
    public Optional<Duration> switchoverWaitsFrom() {
        return Optional.of(catchUp.end());
    }

    /** The switchover's run, once someone has started it. */
    Optional<Phase> switchover(ScenarioTime t) {
        return t.switchovers().startedAt(ID, catchUp.end())
                .map(at -> Phase.of(at.compareTo(catchUp.end()) < 0 ? catchUp.end() : at, SWITCHOVER_TAKES));
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        Duration e = t.elapsed();
        Optional<Phase> switchover = switchover(t);
        StepView switchStep = switchover.map(p -> StepKind.TRANSFER_APP_SWITCH.on(7, p, t, "RUNNING", percent(p, e),
                        p.notStarted(e) ? null : Map.of("checkpointSampleTimestamp", t.frozenAt(p.end()).nowEpochSecond())))
                .orElse(StepKind.TRANSFER_APP_SWITCH.init(7));
        return new ScenarioAnswer.Steps(List.of(
                StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", percent(preCheck, e), null),
                StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", percent(schema, e), null),
                transfer(StepKind.FULL_TRANSFER, 3, full, FULL, t),
                verification(t),
                StepKind.INCR_LOG_PULL.pullingLogs(5, full.start(), t),
                incrementalSync(t, switchover.map(Phase::end).orElse(FOREVER)),
                switchStep));
    }

    private static StepView transfer(StepKind kind, int order, Phase phase, TransferMetrics m, ScenarioTime t) {
        long processed = m.processedAt(phase.fraction(t.elapsed()));
        boolean moving = !phase.notStarted(t.elapsed()) && !phase.done(t.elapsed());
        return kind.on(order, phase, t, "RUNNING", TransferMetrics.progressOf(processed, m.capacity()),
                m.stepInfo(processed, moving, t));
    }

    private StepView verification(ScenarioTime t) {
        long processed = VERIFY.processedAt(verify.fraction(t.elapsed()));
        boolean moving = !verify.notStarted(t.elapsed()) && !verify.done(t.elapsed());
        return StepKind.FULL_VERIFIER.verifying(4, verify, t, TransferMetrics.progressOf(processed, VERIFY.capacity()),
                VERIFY.stepInfo(processed, moving, t));
    }

    private StepView incrementalSync(ScenarioTime now, Duration endedBySwitchover) {
        Phase incr = Phase.of(catchUp.start(), endedBySwitchover.minus(catchUp.start()));
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
