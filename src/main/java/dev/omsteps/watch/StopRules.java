package dev.omsteps.watch;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus.Kind;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.time.HumanDuration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a watch of one project ends: a FAILED step → FAILED; a SUSPEND step → SUSPENDED; every
 * step FINISHED, or the ones left in steady MONITORING → DONE; any {@code --until} condition met → DONE.
 * Also the words for every way a project's watch ends, for the views' final lines.
 */
public record StopRules(List<UntilCondition> until) {

    /** Why the projects still going ended on Ctrl-C. */
    public static final String INTERRUPTED = "interrupted";

    public StopRules {
        until = List.copyOf(until);
    }

    public Optional<Outcome> evaluate(StepsSnapshot s) {
        List<Step> steps = s.steps();
        if (steps.stream().anyMatch(st -> st.status().is(Kind.FAILED))) {
            return Optional.of(Outcome.FAILED);
        }
        if (until.stream().anyMatch(c -> c.isMetBy(s))) {
            return Optional.of(Outcome.DONE);
        }
        if (steps.stream().anyMatch(st -> st.status().is(Kind.SUSPEND))) {
            return Optional.of(Outcome.SUSPENDED);
        }
        boolean settled = !steps.isEmpty() && steps.stream()
                .allMatch(st -> st.status().is(Kind.FINISHED) || st.status().is(Kind.MONITORING));
        return settled ? Optional.of(Outcome.DONE) : Optional.empty();
    }

    /** Why a project's watch ended with {@code o}, in words, for the final line. */
    public String reason(Outcome o, StepsSnapshot s) {
        String met = describeMet(s);
        return switch (o) {
            case FAILED -> "a step failed";
            case SUSPENDED -> "the project is suspended";
            case DONE -> met != null ? "condition met: " + met : "all steps finished or monitoring";
            default -> o.name().toLowerCase(java.util.Locale.ROOT);
        };
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
        return until.stream().filter(c -> c.isMetBy(s)).map(UntilCondition::text).findFirst().orElse(null);
    }
}
