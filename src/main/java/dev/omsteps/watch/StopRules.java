package dev.omsteps.watch;

import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.time.HumanDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a watch of one project ends, judged on the project's stage ({@link ProjectStage}):
 * <ul>
 *   <li>a FAILED step → FAILED, once it has stayed FAILED for {@code failGrace} (OMS retries some failures itself:
 *       OceanBase Developer Center treats a failed full migration as final only after a while); 0 = at once;</li>
 *   <li>any {@code --until} condition met → DONE;</li>
 *   <li>a SUSPEND step → SUSPENDED;</li>
 *   <li>ready for switchover (everything OMS does alone is done, sync caught up, the forward switchover waiting for
 *       a person) → READY_FOR_SWITCHOVER — unless {@code throughSwitchover}, which keeps watching until the
 *       switchover has run;</li>
 *   <li>every step finished, or steady sync that is not lagging with no switchover waiting → DONE.</li>
 * </ul>
 * Lagging sync (lag at or above {@code laggingFrom}) never ends a watch as done. Also the words for every way a
 * project's watch ends, for the views' final lines.
 */
public record StopRules(List<UntilCondition> until, Duration laggingFrom, Duration failGrace, boolean throughSwitchover) {

    /** Why the projects still going ended on Ctrl-C. */
    public static final String INTERRUPTED = "interrupted";

    public StopRules {
        until = List.copyOf(until);
        laggingFrom = laggingFrom == null ? ProjectStage.DEFAULT_LAGGING_FROM : laggingFrom;
        failGrace = failGrace == null ? Duration.ZERO : failGrace;
    }

    /** The default rules with these conditions: lagging from 60 s, no grace for failures, stop at the switchover. */
    public StopRules(List<UntilCondition> until) {
        this(until, ProjectStage.DEFAULT_LAGGING_FROM, Duration.ZERO, false);
    }

    /**
     * @param failedSince since when (by fetch time) some step of the project has been FAILED without a break; null
     *                    when none is
     */
    public Optional<Outcome> evaluate(StepsSnapshot s, Instant failedSince) {
        return evaluate(s, s.stage(laggingFrom), failedSince);
    }

    /** As {@link #evaluate(StepsSnapshot, Instant)}, with the stage judged elsewhere (a dashboard knows more: the
     *  project's own status and its SyncDelay). */
    public Optional<Outcome> evaluate(StepsSnapshot s, ProjectStage stage, Instant failedSince) {
        if (stage == ProjectStage.FAILED && failedLongEnough(s, failedSince)) {
            return Optional.of(Outcome.FAILED);
        }
        if (until.stream().anyMatch(c -> c.isMetBy(s))) {
            return Optional.of(Outcome.DONE);
        }
        return switch (stage) {
            case SUSPENDED -> Optional.of(Outcome.SUSPENDED);
            case READY_FOR_SWITCHOVER -> throughSwitchover ? Optional.empty() : Optional.of(Outcome.READY_FOR_SWITCHOVER);
            case FINISHED -> Optional.of(Outcome.DONE);
            // steady sync is as far as a synchronization goes; a migration's sync still catching up is not
            case SYNCING -> hasSwitchoverToCome(s) ? Optional.empty() : Optional.of(Outcome.DONE);
            default -> Optional.empty();
        };
    }

    /** Rules without a grace for failures need no history. */
    public Optional<Outcome> evaluate(StepsSnapshot s) {
        return evaluate(s, s.fetchedAt());
    }

    private boolean failedLongEnough(StepsSnapshot s, Instant failedSince) {
        if (failGrace.isZero() || failedSince == null || s.fetchedAt() == null) {
            return true;
        }
        return Duration.between(failedSince, s.fetchedAt()).compareTo(failGrace) >= 0;
    }

    private static boolean hasSwitchoverToCome(StepsSnapshot s) {
        return s.steps().stream().anyMatch(st -> StepNames.isForwardSwitchover(st.name()) && !st.isFinished());
    }

    /** Why a project's watch ended with {@code o}, in words, for the final line. */
    public String reason(Outcome o, StepsSnapshot s) {
        String met = describeMet(s);
        return switch (o) {
            case FAILED -> failGrace.isZero() ? "a step failed" : "a step failed and stayed failed for " + HumanDuration.of(failGrace);
            case SUSPENDED -> "the project is suspended";
            case READY_FOR_SWITCHOVER -> readyWords(s);
            case DONE -> met != null ? "condition met: " + met
                    : s != null && s.stage(laggingFrom) == ProjectStage.FINISHED ? "all steps finished"
                    : "all steps finished or in steady sync";
            default -> o.words();
        };
    }

    /**
     * What a DBA reads when a migration waits for the cutover: it names the switchover step, says sync is caught up,
     * and what to do next.
     */
    static String readyWords(StepsSnapshot s) {
        Step switchover = s == null ? null
                : s.steps().stream().filter(st -> StepNames.isForwardSwitchover(st.name())).findFirst().orElse(null);
        String name = switchover == null ? "forward switchover" : "forward switchover (" + switchover.name() + ")";
        IncrementalLag lag = s == null ? null : s.incrementalLag();
        String caughtUp = lag == null ? "" : ", sync " + HumanDuration.of(lag.behind()) + " behind";
        return "ready for switchover" + caughtUp + " — the " + name + " waits for you to start the cutover in OMS";
    }

    /** Why the projects still going ended when {@code --timeout} ran out. */
    public static String timedOut(Duration timeout) {
        return "timed out after " + HumanDuration.of(timeout);
    }

    /** Why the projects still going ended at the {@code --max-polls} limit. */
    public static String pollLimit(long polls) {
        return "stopped after " + polls + " polls";
    }

    /** Which condition ended the watch, for the final message. */
    public String describeMet(StepsSnapshot s) {
        return s == null ? null : until.stream().filter(c -> c.isMetBy(s)).map(UntilCondition::text).findFirst().orElse(null);
    }
}
