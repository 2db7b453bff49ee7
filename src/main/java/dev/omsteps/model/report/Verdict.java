package dev.omsteps.model.report;

import java.util.List;

/**
 * The first line of a report: whether the project is ready for switchover, and why not.
 *
 * @param ready    nothing stands in the way of the forward switchover
 * @param blockers what stands in the way, most serious first (empty when ready)
 * @param caveats  what the reader should know without it blocking: parts not fetched, phases not enabled
 */
public record Verdict(boolean ready, List<String> blockers, List<String> caveats) {

    public Verdict {
        blockers = List.copyOf(blockers);
        caveats = List.copyOf(caveats);
    }

    /** One line: {@code READY FOR SWITCHOVER} or {@code NOT READY: <first blocker> (and N more)}. */
    public String headline() {
        if (ready) {
            return "READY FOR SWITCHOVER";
        }
        String more = blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more)" : "";
        return "NOT READY: " + blockers.get(0) + more;
    }
}
