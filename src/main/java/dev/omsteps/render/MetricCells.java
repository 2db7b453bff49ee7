package dev.omsteps.render;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import java.time.Duration;
import java.util.List;

/**
 * The figures of one step's {@code StepInfo}, one cell each, in order of importance: ETA or
 * lag (the answer to "when"), rows, source rate, target rate, target response time, throughput. {@code -o wide}
 * shows them as columns; the table joins them into DETAILS, so cutting DETAILS from the right
 * loses the least important first.
 *
 * <p>Rates, response time and throughput are shown for RUNNING steps only: once a step stops
 * they are history (often zeros), and only its row count stays. A rate below {@value #SLOW_RATE} of its baseline, or a response time above 1/{@value #SLOW_RATE}
 * of its baseline, is flagged with a marker and yellow.
 */
record MetricCells(Text etaOrLag, Text rows, Text src, Text dst, Text rt, Text throughput) {

    static final double SLOW_RATE = 0.8;

    static final List<String> WIDE_HEADERS = List.of("ETA/LAG", "ROWS", "SRC ROWS/S", "DST ROWS/S", "DST RT", "THROUGHPUT");

    List<Text> cells() {
        return List.of(etaOrLag, rows, src, dst, rt, throughput);
    }

    /** @param labelled prefix each figure with what it is, as DETAILS needs (wide columns have headers instead) */
    static MetricCells of(Step step, RenderOptions o, boolean labelled) {
        Glyphs g = o.glyphs();
        StepMetrics m = step.metrics();
        Text eta = etaOrLag(step, o);
        if (m == null) {
            return new MetricCells(eta, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY);
        }
        if (!step.status().is(StepStatus.Kind.RUNNING)) {
            // rates of a step that is not running are history (often 0s), not news: rows only
            return new MetricCells(eta, rows(m, labelled), Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY);
        }
        return new MetricCells(eta, rows(m, labelled),
                rate(labelled ? "src " : "", m.srcRps(), m.srcRpsRef(), labelled, g),
                rate(labelled ? "dst " : "", m.dstRps(), m.dstRpsRef(), labelled, g),
                rt(labelled ? "rt " : "", m.dstRt(), m.dstRtRef(), g),
                throughput(m));
    }

    private static Text rows(StepMetrics m, boolean labelled) {
        if (!m.hasRowCounts()) {
            return Text.EMPTY;
        }
        String done = m.processedRecords() == null ? "?" : HumanUnits.rows(m.processedRecords());
        String all = m.capacity() == null ? "" : "/" + HumanUnits.rows(m.capacity());
        return Text.of(done + all + (labelled ? " rows" : ""));
    }

    private static Text rate(String label, Long rps, Long ref, boolean labelled, Glyphs g) {
        if (rps == null) {
            return Text.EMPTY;
        }
        boolean slow = ref != null && ref > 0 && rps < SLOW_RATE * ref;
        String value = (slow ? g.slow() : "") + HumanUnits.rate(rps) + (labelled ? "/s" : "");
        String refText = ref == null || ref <= 0 ? "" : " (ref " + HumanUnits.rate(ref) + ")";
        return Text.of(label + value + refText, slow ? Style.YELLOW : Style.PLAIN);
    }

    private static Text rt(String label, Long rt, Long ref, Glyphs g) {
        if (rt == null) {
            return Text.EMPTY;
        }
        boolean slow = ref != null && ref > 0 && rt > ref / SLOW_RATE;
        String refText = ref == null || ref <= 0 ? "" : " (ref " + ref + "ms)";
        return Text.of(label + (slow ? g.slow() : "") + rt + "ms" + refText, slow ? Style.YELLOW : Style.PLAIN);
    }

    /** Bytes per second written to the target; read from the source when the target's is absent. */
    private static Text throughput(StepMetrics m) {
        Long bytes = m.dstIops() != null ? m.dstIops() : m.srcIops();
        return bytes == null ? Text.EMPTY : Text.of(HumanUnits.bytesPerSecond(bytes));
    }

    /**
     * ETA while a step runs ({@link Step#eta}); not once the API reports it complete (the
     * "RUNNING, 100%, with a finish time" quirk). Lag and checkpoint for incremental steps.
     */
    private static Text etaOrLag(Step step, RenderOptions o) {
        StepMetrics m = step.metrics();
        if (m != null && m.lagSeconds().isPresent()) {
            String lag = "lag " + HumanUnits.duration(Duration.ofSeconds(m.lagSeconds().getAsLong()));
            return Text.of(lag + " (checkpoint " + Times.clock(m.checkpointTime(), o) + ")");
        }
        boolean complete = step.finishTime() != null
                || (step.clampedProgress() != null && step.clampedProgress() >= 100);
        Duration eta = complete || !step.status().is(StepStatus.Kind.RUNNING) ? null : step.eta(o.now());
        return eta == null ? Text.EMPTY : Text.of("ETA " + HumanUnits.duration(eta));
    }
}
