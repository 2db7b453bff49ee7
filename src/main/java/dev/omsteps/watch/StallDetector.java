package dev.omsteps.watch;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which steps of one project have newly failed or stalled. A step stalls when it is RUNNING or
 * MONITORING and none of its progress, processed rows or incremental checkpoint has moved for
 * {@code stallAfter}; it is reported once per stall (again only after it has moved). A steady
 * MONITORING step whose checkpoint keeps moving is not stalled, however long it runs.
 */
public final class StallDetector {

    /** What moved last and when. */
    private record Seen(List<Object> figures, Instant since) {
    }

    private final Duration stallAfter;
    private final Map<String, Seen> seen = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    public StallDetector(Duration stallAfter) {
        this.stallAfter = stallAfter;
    }

    /** A step that needs a look, and why. */
    public record Trouble(String stepName, String reason) {
    }

    /** The steps of {@code now} that failed since {@code before} (null: the first answer) or have stalled. */
    public List<Trouble> check(StepsSnapshot before, StepsSnapshot now) {
        List<Trouble> out = new ArrayList<>();
        for (Step s : now.steps()) {
            String name = s.name() == null ? "#" + s.order() : s.name();
            if (s.status().is(StepStatus.Kind.FAILED)) {
                if (before == null || !failed(before, name)) {
                    out.add(new Trouble(name, "failed"));
                }
                continue;
            }
            boolean active = s.status().is(StepStatus.Kind.RUNNING) || s.status().is(StepStatus.Kind.MONITORING);
            if (!active || now.fetchedAt() == null) {
                seen.remove(name);
                reported.remove(name);
                continue;
            }
            List<Object> figures = figures(s);
            Seen last = seen.get(name);
            if (last == null || !last.figures().equals(figures)) {
                seen.put(name, new Seen(figures, now.fetchedAt()));
                reported.remove(name);
            } else if (Duration.between(last.since(), now.fetchedAt()).compareTo(stallAfter) >= 0 && reported.add(name)
                    && !(s.clampedProgress() != null && s.clampedProgress() >= 100 && !hasCheckpoint(s))) {
                out.add(new Trouble(name, "no progress for " + stallAfter.toMinutes() + "m"));
            }
        }
        return out;
    }

    private static boolean failed(StepsSnapshot s, String name) {
        return s.steps().stream().anyMatch(st -> Objects.equals(st.name() == null ? "#" + st.order() : st.name(), name)
                && st.status().is(StepStatus.Kind.FAILED));
    }

    private static boolean hasCheckpoint(Step s) {
        return s.metrics() != null && s.metrics().incrTimestampCheckpoint() != null;
    }

    private static List<Object> figures(Step s) {
        StepMetrics m = s.metrics();
        List<Object> f = new ArrayList<>();
        f.add(s.progress());
        f.add(m == null ? null : m.processedRecords());
        f.add(m == null ? null : m.incrTimestampCheckpoint());
        return f;
    }
}
