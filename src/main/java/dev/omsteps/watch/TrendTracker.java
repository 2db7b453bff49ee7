package dev.omsteps.watch;

import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The recent polls of one project, in a bounded window so memory stays flat however long a
 * watch runs: the bulk copy's rows/s and the incremental lag, and the copy rate observed
 * between polls. It draws trends only; the ETA is the step's own ({@code Step#eta}), one figure everywhere.
 */
public final class TrendTracker {

    /**
     * Polls a watch keeps per project unless told otherwise: enough for a sparkline that reads as a
     * trend (a few minutes at the default 5 s interval), short enough to sit beside its figures on one line.
     */
    public static final int DEFAULT_WINDOW = 30;

    /** One poll's figures; null where the project did not report them. */
    record Sample(Instant at, Integer bulkStep, Long processed, Long capacity, Long rps, Long lag) {
    }

    private final int window;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private Integer lastBulkStep;
    private final List<Long> seededLag = new ArrayList<>();
    private final List<Long> seededRps = new ArrayList<>();

    public TrendTracker(int window) {
        this.window = window;
    }

    public void add(StepsSnapshot s) {
        Step bulk = runningBulk(s);
        StepMetrics m = bulk == null ? null : bulk.metrics();
        // the lag the table shows (fetch time − checkpoint): a trend read otherwise would contradict it
        IncrementalLag incremental = s.incrementalLag();
        Long lag = incremental == null ? null : incremental.behind().toSeconds();
        Integer order = bulk == null ? null : bulk.order();
        if (order != null && lastBulkStep != null && !lastBulkStep.equals(order)) {
            // a new copy step (full migration → full verification), even with polls between them
            // that saw none running: the old rates say nothing about it
            samples.clear();
            seededRps.clear();
        }
        if (order != null) {
            lastBulkStep = order;
        }
        samples.addLast(new Sample(s.fetchedAt(), order, m == null ? null : m.processedRecords(),
                m == null ? null : m.capacity(), m == null ? null : m.effectiveRps(), lag));
        while (samples.size() > window) {
            samples.removeFirst();
        }
    }

    private static Step runningBulk(StepsSnapshot s) {
        return s.steps().stream().filter(st -> StepNames.isBulkCopy(st.name()) && st.status().is(StepStatus.Kind.RUNNING)
                && st.metrics() != null).findFirst().orElse(null);
    }

    /**
     * The server's own recent history (DescribeProjectStepMetric) to open with, oldest first: the
     * sparklines start from it instead of from nothing, and live polls push it out of the window.
     */
    public void seed(List<Long> lag, List<Long> rps) {
        seededLag.clear();
        seededLag.addAll(lag);
        seededRps.clear();
        seededRps.addAll(rps);
    }

    public List<Long> rpsHistory() {
        List<Long> out = new ArrayList<>(seededRps);
        samples.forEach(x -> {
            if (x.rps() != null) {
                out.add(x.rps());
            }
        });
        return lastWindow(out);
    }

    /** The newest {@code window} values: seeded history makes room for live polls. */
    private List<Long> lastWindow(List<Long> values) {
        return values.size() > window ? new ArrayList<>(values.subList(values.size() - window, values.size())) : values;
    }

    public List<Long> lagHistory() {
        List<Long> out = new ArrayList<>(seededLag);
        samples.forEach(x -> {
            if (x.lag() != null) {
                out.add(x.lag());
            }
        });
        return lastWindow(out);
    }

    /** Rows per second between the oldest and newest poll that both carry row counts. */
    public Double observedRps() {
        Sample first = null;
        Sample last = null;
        for (Sample x : samples) {
            if (x.processed() != null && x.at() != null) {
                if (first == null) {
                    first = x;
                }
                last = x;
            }
        }
        if (first == null || first == last) {
            return null;
        }
        double secs = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        long rows = last.processed() - first.processed();
        return secs <= 0 || rows <= 0 ? null : rows / secs;
    }

    /** The order of the copy step the rates are about, or null before one ran. */
    public Integer trackedStep() {
        return lastBulkStep;
    }

    /** Whether the latest poll saw a copy step running: only then is its rows/s trend news. */
    public boolean copying() {
        Sample last = samples.peekLast();
        return last != null && last.rps() != null;
    }

    /** Whether the latest poll reported an incremental lag: only then is the lag trend news. */
    public boolean syncing() {
        Sample last = samples.peekLast();
        return last != null && last.lag() != null;
    }
}
