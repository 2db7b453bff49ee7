package dev.omsteps.render;

import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The figures of one step's {@code StepInfo}, one cell each, in order of importance: ETA or
 * lag (the answer to "when"), rows, source rate, target rate, target response time, throughput. {@code -o wide}
 * shows them as columns, and then one more, STEPINFO: every other field OMS sent ({@code name=value}, known or not);
 * the table joins the first six into DETAILS, so cutting DETAILS from the right loses the least important first.
 *
 * <p>Rates, response time and throughput are shown for RUNNING steps only: once a step stops
 * they are history (often zeros), and only its row count stays. A rate below {@value #SLOW_RATE} of its baseline, or a response time above 1/{@value #SLOW_RATE}
 * of its baseline, is flagged with a marker and yellow. Lag is how far the target is behind at the fetch (fetch
 * time − checkpoint); a stale sample, or a lag at the lagging threshold or above, is flagged the same way.
 */
record MetricCells(Text etaOrLag, Text rows, Text src, Text dst, Text rt, Text throughput, Text stepInfo) {

    static final double SLOW_RATE = 0.8;

    static final List<String> WIDE_HEADERS =
            List.of("ETA/LAG", "ROWS", "SRC ROWS/S", "DST ROWS/S", "DST RT", "THROUGHPUT", "STEPINFO");

    /** The cells DETAILS joins. */
    List<Text> cells() {
        return List.of(etaOrLag, rows, src, dst, rt, throughput);
    }

    /** One cell per {@link #WIDE_HEADERS} column. */
    List<Text> wideCells() {
        return List.of(etaOrLag, rows, src, dst, rt, throughput, stepInfo);
    }

    /**
     * @param fetchedAt when the answer was received: lag is measured to it (null: the options' now)
     * @param labelled  prefix each figure with what it is, as DETAILS needs (wide columns have headers instead)
     */
    static MetricCells of(Step step, Instant fetchedAt, RenderOptions o, boolean labelled) {
        Glyphs g = o.glyphs();
        StepMetrics m = step.metrics();
        Set<String> shown = new HashSet<>();
        Text eta = etaOrLag(step, fetchedAt == null ? o.now() : fetchedAt, o, shown);
        if (m == null) {
            return new MetricCells(eta, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY);
        }
        shown.add("processedrecords");
        shown.add("capacity");
        if (!step.status().is(StepStatus.Kind.RUNNING) || step.isFinished()) {
            // rates of a step that is not running are history (often 0s), not news: rows only
            return new MetricCells(eta, rows(m, labelled), Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, rest(m, shown));
        }
        shown.addAll(List.of("srcrps", "srcrpsref", "dstrps", "dstrpsref", "dstrt", "dstrtref",
                m.dstIops() != null ? "dstiops" : "srciops"));
        return new MetricCells(eta, rows(m, labelled),
                rate(labelled ? "src " : "", m.srcRps(), m.srcRpsRef(), labelled, g),
                rate(labelled ? "dst " : "", m.dstRps(), m.dstRpsRef(), labelled, g),
                rt(labelled ? "rt " : "", m.dstRt(), m.dstRtRef(), g),
                throughput(m), rest(m, shown));
    }

    /** Every field with a value that no other cell shows, as {@code name=value}, in the order OMS sent them. */
    private static Text rest(StepMetrics m, Set<String> shown) {
        List<String> parts = new ArrayList<>();
        m.fields().forEach((k, v) -> {
            if (v != null && !shown.contains(k.toLowerCase(Locale.ROOT))) {
                parts.add(k + "=" + (v instanceof BigDecimal d ? d.toPlainString() : v));
            }
        });
        return Text.of(String.join(" ", parts));
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

    private static Text rt(String label, Double rt, Double ref, Glyphs g) {
        if (rt == null) {
            return Text.EMPTY;
        }
        boolean slow = ref != null && ref > 0 && rt > ref / SLOW_RATE;
        String refText = ref == null || ref <= 0 ? "" : " (ref " + ms(ref) + ")";
        return Text.of(label + (slow ? g.slow() : "") + ms(rt) + refText, slow ? Style.YELLOW : Style.PLAIN);
    }

    /** Milliseconds as OMS gave them: whole numbers plainly, fractions to two places ({@code 0.35ms}). */
    private static String ms(double v) {
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)) + "ms";
    }

    /** Bytes per second written to the target; read from the source when the target's is absent. */
    private static Text throughput(StepMetrics m) {
        Long bytes = m.dstIops() != null ? m.dstIops() : m.srcIops();
        return bytes == null ? Text.EMPTY : Text.of(HumanUnits.bytesPerSecond(bytes));
    }

    /**
     * ETA while a step runs ({@link Step#eta}); not once it is done (FINISHED, or the "RUNNING, 100%, with a finish
     * time" of real OMS). For incremental steps in flight, the lag at the fetch and the checkpoint — or, when the
     * sample is stale, how old it is.
     */
    private static Text etaOrLag(Step step, Instant fetchedAt, RenderOptions o, Set<String> shown) {
        StepMetrics m = step.metrics();
        IncrementalLag lag = m == null ? null : m.lag(fetchedAt);
        boolean inFlight = step.status().is(StepStatus.Kind.MONITORING) || step.status().is(StepStatus.Kind.RUNNING);
        if (lag != null && inFlight) {
            shown.add("incrtimestampcheckpoint");
            shown.add("checkpointsampletimestamp");
            boolean lagging = lag.reaches(o.laggingFrom());
            String flag = lagging || lag.isStale() ? o.glyphs().slow() : "";
            String text = "lag " + flag + HumanUnits.duration(lag.behind())
                    + (lag.isStale()
                    ? " (stale sample, " + HumanUnits.duration(lag.sampleAge()) + " old)"
                    : " (checkpoint " + Times.clock(lag.checkpoint(), o) + ")");
            return Text.of(text, lagging || lag.isStale() ? Style.YELLOW : Style.PLAIN);
        }
        boolean complete = step.isFinished() || step.finishTime() != null
                || (step.clampedProgress() != null && step.clampedProgress() >= 100);
        Duration eta = complete || !step.status().is(StepStatus.Kind.RUNNING) ? null : step.eta(o.now());
        return eta == null ? Text.EMPTY : Text.of("ETA " + HumanUnits.duration(eta));
    }
}
