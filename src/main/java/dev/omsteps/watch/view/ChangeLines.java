package dev.omsteps.watch.view;

import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.HumanUnits;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain one-line descriptions of steps, changes and errors, shared by the log and terminal views. */
final class ChangeLines {

    private ChangeLines() {
    }

    static String summary(StepsSnapshot s) {
        Step current = s.steps().stream().filter(st -> !st.status().is(StepStatus.Kind.FINISHED)).findFirst().orElse(null);
        String head = s.finishedCount() + "/" + s.steps().size() + " steps finished";
        return current == null ? head : head + " · " + step(current) + " " + current.status().raw() + progress(current);
    }

    static String change(StepChange c, TrendTracker trend, StepsSnapshot s) {
        Step now = c.after();
        return switch (c.kind()) {
            case STATUS -> step(now) + ": " + c.before().status().raw() + " → " + now.status().raw() + progress(now);
            case PROGRESS -> step(now) + ": " + pct(c.before()) + " → " + pct(now) + eta(now, trend, s);
            case ERROR -> step(now) + ": error " + firstError(now);
            case APPEARED -> step(now) + ": new step, " + now.status().raw() + progress(now);
        };
    }

    static String step(Step st) {
        return "#" + st.order() + " " + StepNames.title(st);
    }

    private static String progress(Step st) {
        return st.clampedProgress() == null ? "" : " " + st.clampedProgress() + "%";
    }

    private static String pct(Step st) {
        return st.clampedProgress() == null ? "?" : st.clampedProgress() + "%";
    }

    private static String eta(Step st, TrendTracker trend, StepsSnapshot s) {
        // the step's own ETA, the figure the table and -o json show
        Duration eta = st.eta(s.fetchedAt());
        return eta == null ? "" : " (ETA " + HumanUnits.duration(eta) + ")";
    }

    static String firstError(Step st) {
        ErrorDetail d = st.errorDetails().isEmpty() ? null : st.errorDetails().get(0);
        String code = d != null && d.code() != null ? d.code() : st.errorCode();
        String msg = d != null && d.filledMessage() != null ? d.filledMessage() : st.errorMsg();
        return (code == null ? "" : code + ": ") + (msg == null ? "(no message)" : msg);
    }

    /** The failed steps' errors, in full, for the end of a watch. */
    static List<String> failures(StepsSnapshot s) {
        List<String> out = new ArrayList<>();
        for (Step st : s.steps()) {
            if (!st.status().is(StepStatus.Kind.FAILED)) {
                continue;
            }
            out.add("✗ " + step(st) + " FAILED");
            for (ErrorDetail d : st.errorDetails()) {
                out.add("  [" + (d.code() == null ? "?" : d.code()) + (d.level() == null ? "" : " " + d.level()) + "] "
                        + (d.filledMessage() == null ? "" : d.filledMessage()));
                if (d.filledReason() != null) {
                    out.add("  Reason: " + d.filledReason());
                }
                if (d.filledProposal() != null) {
                    out.add("  Proposal: " + d.filledProposal());
                }
            }
            String own = st.ownErrorLine();
            if (own != null) {
                out.add("  " + own);
            }
        }
        return out;
    }
}
