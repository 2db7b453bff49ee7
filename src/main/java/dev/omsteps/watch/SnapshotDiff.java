package dev.omsteps.watch;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepsSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two snapshots of one project, step by step (matched by order). */
public final class SnapshotDiff {

    private SnapshotDiff() {
    }

    public static List<StepChange> between(StepsSnapshot before, StepsSnapshot after) {
        Map<Integer, Step> old = new HashMap<>();
        if (before != null) {
            before.steps().forEach(s -> old.put(s.order(), s));
        }
        List<StepChange> changes = new ArrayList<>();
        for (Step now : after.steps()) {
            Step was = old.get(now.order());
            if (was == null) {
                if (before != null) {
                    changes.add(new StepChange(StepChange.Kind.APPEARED, null, now));
                }
                continue;
            }
            if (!was.status().raw().equals(now.status().raw())) {
                changes.add(new StepChange(StepChange.Kind.STATUS, was, now));
            } else if (decile(was) != decile(now)) {
                changes.add(new StepChange(StepChange.Kind.PROGRESS, was, now));
            }
            if (now.hasError() && !sameErrors(was, now)) {
                changes.add(new StepChange(StepChange.Kind.ERROR, was, now));
            }
        }
        return changes;
    }

    private static int decile(Step s) {
        Integer p = s.clampedProgress();
        return p == null ? -1 : p / 10;
    }

    private static boolean sameErrors(Step a, Step b) {
        return Objects.equals(a.errorDetails(), b.errorDetails()) && Objects.equals(a.errorCode(), b.errorCode())
                && Objects.equals(a.errorMsg(), b.errorMsg());
    }
}
