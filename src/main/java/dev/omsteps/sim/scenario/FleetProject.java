package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One project of the {@link ProjectFleet}: a migration or synchronization in one of a few states, its figures a
 * pure function of simulated time like every scenario's, so DescribeProjectSteps and ListProjects agree.
 */
final class FleetProject implements Scenario {

    /** The states the fleet mixes. */
    enum State { FAILED, SUSPENDED, MIGRATING, SYNCING, FINISHED }

    private static final ErrorDetailView WRITE_FAILED = new ErrorDetailView("CM-TRANSFER-WRITE_FAILED", "ERROR",
            "Writing to {table} failed: duplicate key", Map.of("table", "t_order_item"),
            "A row with the same primary key exists in the target.", "Clear the target table, then resume the project.");

    private final String id;
    private final ProjectFacts facts;
    private final State state;
    private final TransferMetrics full;
    /** Where full transfer stood when the simulation started (0..1), for projects caught in the middle of it. */
    private final double fullDoneAtStart;
    /** The steady incremental lag of this project, seconds (a few for most, minutes for laggards). */
    private final long lagSeconds;
    /** The tables a full verification after full transfer found, with their differing rows; null: no verification step. */
    private final MigratedTables verified;

    /** How long full verification takes after full transfer, in the fleet. */
    static final Duration VERIFY_TAKES = Duration.ofMinutes(40);

    FleetProject(String id, ProjectFacts facts, State state, TransferMetrics full, double fullDoneAtStart, long lagSeconds) {
        this(id, facts, state, full, fullDoneAtStart, lagSeconds, null);
    }

    FleetProject(String id, ProjectFacts facts, State state, TransferMetrics full, double fullDoneAtStart, long lagSeconds,
                 MigratedTables verified) {
        this.id = id;
        this.facts = facts;
        this.state = state;
        this.full = full;
        this.fullDoneAtStart = fullDoneAtStart;
        this.lagSeconds = lagSeconds;
        this.verified = verified;
    }

    @Override
    public MigratedTables tables() {
        return verified == null ? MigratedTables.DEFAULT : verified;
    }

    /** The differing rows its verification finds in all; null for a project without a verification step. */
    Long differences() {
        return verified == null ? null : verified.mismatched().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String projectId() {
        return id;
    }

    @Override
    public ProjectFacts facts() {
        return facts;
    }

    State state() {
        return state;
    }

    @Override
    public String summary() {
        return facts.type().toLowerCase(java.util.Locale.ROOT) + " " + state.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        // the timeline is laid out so that full transfer is fullDoneAtStart through at simulated time 0
        Duration fullStart = Duration.ofMillis(-Math.round(full.duration().toMillis() * fullDoneAtStart));
        Phase fullPhase = Phase.of(fullStart, full.duration());
        Phase schema = Phase.of(fullStart.minusSeconds(60), Duration.ofSeconds(60));
        Phase preCheck = Phase.of(schema.start().minusSeconds(30), Duration.ofSeconds(30));
        Phase incr = Phase.of(fullPhase.end(), Duration.ofDays(36_500));
        StepView pre = StepKind.PRE_CHECK.on(1, preCheck, t, "RUNNING", 100, null);
        StepView struct = StepKind.STRUCT_TRANSFER.on(2, schema, t, "RUNNING", 100, null);
        return new ScenarioAnswer.Steps(switch (state) {
            case FAILED -> failed(t, pre, struct, fullStart);
            case SUSPENDED -> List.of(pre, struct, frozen(t, fullStart, "SUSPEND", ExtraInfoView.NONE),
                    StepKind.INCR_LOG_PULL.init(4), StepKind.INCR_TRANSFER.init(5));
            case MIGRATING, SYNCING -> withVerification(t, fullPhase, List.of(pre, struct, transfer(t, fullPhase),
                    StepKind.INCR_LOG_PULL.pullingLogs(4, fullStart, t),
                    StepKind.INCR_TRANSFER.on(5, incr, t, "MONITORING", 100,
                            incr.notStarted(t.elapsed()) ? null : IncrementalLag.stepInfo(t, lag(t)))));
            case FINISHED -> {
                Phase switchover = Phase.of(fullPhase.end().plusMinutes(30), Duration.ofSeconds(60));
                ScenarioTime ended = t.frozenAt(switchover.end());
                yield List.of(pre, struct, transfer(t, fullPhase),
                        StepKind.INCR_LOG_PULL.pullingLogs(4, fullStart, t),
                        StepKind.INCR_TRANSFER.on(5, Phase.of(fullPhase.end(), switchover.end().minus(fullPhase.end())), t,
                                "MONITORING", 100, IncrementalLag.stepInfo(ended, 0)),
                        StepKind.TRANSFER_APP_SWITCH.on(6, switchover, t, "RUNNING", 50, null));
            }
        });
    }

    /**
     * With a verification, FULL_VERIFIER follows full transfer (order 4, the later steps one further), running for
     * {@link #VERIFY_TAKES} beside incremental sync, then RUNNING at 100 with a finish time as real OMS leaves it.
     */
    private List<StepView> withVerification(ScenarioTime t, Phase fullPhase, List<StepView> steps) {
        if (verified == null) {
            return steps;
        }
        List<StepView> out = new java.util.ArrayList<>(steps.subList(0, 3));
        Phase verify = Phase.of(fullPhase.end(), VERIFY_TAKES);
        int progress = (int) Math.min(99, Math.floor(100 * verify.fraction(t.elapsed())));
        out.add(StepKind.FULL_VERIFIER.verifying(4, verify, t, progress, null));
        for (StepView st : steps.subList(3, steps.size())) {
            out.add(st.withOrder(st.order() + 1));
        }
        return out;
    }

    private long lag(ScenarioTime t) {
        return Math.max(1, Math.round(lagSeconds * t.jitter(id.hashCode(), 0.3, Duration.ofSeconds(10))));
    }

    private StepView transfer(ScenarioTime t, Phase phase) {
        long processed = full.processedAt(phase.fraction(t.elapsed()));
        boolean moving = !phase.notStarted(t.elapsed()) && !phase.done(t.elapsed());
        return StepKind.FULL_TRANSFER.on(3, phase, t, "RUNNING", TransferMetrics.progressOf(processed, full.capacity()),
                full.stepInfo(processed, moving, t));
    }

    /** Full transfer stopped where it stood at simulated time 0. */
    private StepView frozen(ScenarioTime t, Duration fullStart, String status, ExtraInfoView extra) {
        long processed = full.processedAt(fullDoneAtStart);
        return new StepView(3, StepKind.FULL_TRANSFER.name(), StepKind.FULL_TRANSFER.description, status, extra,
                t.at(fullStart), null, TransferMetrics.progressOf(processed, full.capacity()), full.stepInfo(processed, false, t));
    }

    private List<StepView> failed(ScenarioTime t, StepView pre, StepView struct, Duration fullStart) {
        ExtraInfoView extra = new ExtraInfoView(List.of(WRITE_FAILED), "TRANSFER_WRITE_FAILED",
                "Writing to t_order_item failed: duplicate key", Map.of("table", "t_order_item"), t.at(Duration.ZERO));
        return List.of(pre, struct, frozen(t, fullStart, "FAILED", extra),
                StepKind.INCR_LOG_PULL.init(4), StepKind.INCR_TRANSFER.init(5));
    }
}
