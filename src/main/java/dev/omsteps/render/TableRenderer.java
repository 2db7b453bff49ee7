package dev.omsteps.render;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The progress table ({@code -o table} and {@code -o wide}): a header line, one row per step
 * ({@code #  STEP  STATUS  PROGRESS  ELAPSED  DETAILS}, or one column per metric when wide),
 * then the error block. Pure: snapshot and options in, lines out.
 *
 * <p>No line is ever wider than {@link RenderOptions#width()} (display columns, CJK counting two).
 * When the table does not fit, it gives way in this order, stopping as soon as it fits:
 * <ol>
 *   <li>wide only: metric columns are dropped right to left (STEPINFO, THROUGHPUT, DST RT, DST ROWS/S,
 *       SRC ROWS/S, ROWS, ETA/LAG), then the rules below apply without DETAILS;</li>
 *   <li>DETAILS is cut to the room left, down to {@value #MIN_DETAILS} columns: figures are kept
 *       whole while they fit and the rest becomes {@code …};</li>
 *   <li>the progress bar shrinks a cell at a time, down to the percentage alone;</li>
 *   <li>ELAPSED is dropped (the bar growing back into the room it frees);</li>
 *   <li>DETAILS is dropped (the bar and ELAPSED coming back as room allows);</li>
 *   <li>STEP is cut with an ellipsis, down to {@value #MIN_STEP} columns;</li>
 *   <li>STATUS is cut with an ellipsis, down to {@value #MIN_STATUS} columns;</li>
 *   <li>whatever is still too wide is cut at the edge with an ellipsis.</li>
 * </ol>
 * The header line drops its parts from the end; error messages are word-wrapped, never cut.
 */
public final class TableRenderer {

    static final int MIN_DETAILS = 12;
    static final int MIN_STEP = 6;
    static final int MIN_STATUS = 4;

    private static final String ORDER = "#";
    private static final String STEP = "STEP";
    private static final String STATUS = "STATUS";
    private static final String PROGRESS = "PROGRESS";
    private static final String ELAPSED = "ELAPSED";
    private static final String DETAILS = "DETAILS";

    /** Prints {@link #lines} to {@code out}. */
    public void render(StepsSnapshot s, RenderOptions o, PrintWriter out) {
        lines(s, o).forEach(out::println);
        out.flush();
    }

    /** The whole rendering, one string per line (escape codes included when colour is on), no line breaks. */
    public List<String> lines(StepsSnapshot s, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> out = new ArrayList<>();
        out.add(HeaderLine.of(s, o));
        if (s.steps().isEmpty()) {
            out.add(Text.of("(the API reported no steps)"));
        } else {
            out.addAll(fit(s, o).lines(g));
        }
        out.addAll(ErrorBlock.lines(s, o));
        return out.stream().map(t -> t.truncate(o.width(), g.ellipsis()).render(o.color())).toList();
    }

    private Columns fit(StepsSnapshot s, RenderOptions o) {
        int width = o.width();
        List<MetricCells> metrics = s.steps().stream().map(st -> MetricCells.of(st, s.fetchedAt(), o, !o.wide())).toList();
        Columns full = columns(s, o, metrics, ProgressBar.DEFAULT_CELLS, true);
        if (full.width() <= width) {
            return full;
        }
        if (o.wide()) {
            Columns t = full;
            for (int i = MetricCells.WIDE_HEADERS.size() - 1; i >= 0 && t.width() > width; i--) {
                t = t.without(MetricCells.WIDE_HEADERS.get(i));
            }
            if (t.width() <= width) {
                return t;
            }
        } else if (full.has(DETAILS)) {
            Columns withDetails = shrinkBarThenElapsed(s, o, metrics, true);
            if (withDetails != null) {
                return withDetails;
            }
        }
        Columns without = shrinkBarThenElapsed(s, o, metrics, false);
        if (without != null) {
            return without;
        }
        Columns t = columns(s, o, metrics, 0, false).without(DETAILS);
        t = shrink(t, STEP, MIN_STEP, width);
        return shrink(t, STATUS, MIN_STATUS, width);
    }

    /**
     * The first layout that fits, trying the bar from full to none with ELAPSED, then the same
     * without ELAPSED (the bar grows back into the room it frees); DETAILS, when kept, is cut to
     * the room left but not below {@value #MIN_DETAILS}. Null when none fits.
     */
    private Columns shrinkBarThenElapsed(StepsSnapshot s, RenderOptions o, List<MetricCells> metrics, boolean details) {
        for (boolean elapsed : new boolean[] {true, false}) {
            for (int bar = ProgressBar.DEFAULT_CELLS; bar >= 0; bar--) {
                Columns t = columns(s, o, metrics, bar, elapsed);
                if (o.wide()) {
                    for (String h : MetricCells.WIDE_HEADERS) {
                        t = t.without(h);
                    }
                }
                if (details && t.has(DETAILS)) {
                    int room = o.width() - t.widthWithout(DETAILS) - Columns.GAP;
                    if (room < MIN_DETAILS) {
                        continue;
                    }
                    t = t.map(DETAILS, c -> details(metrics, o.glyphs(), room));
                } else {
                    t = t.without(DETAILS);
                }
                if (t.width() <= o.width()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Caps column {@code header} by the excess width, but not below {@code min}. */
    private static Columns shrink(Columns t, String header, int min, int width) {
        int excess = t.width() - width;
        if (excess <= 0 || !t.has(header)) {
            return t;
        }
        int w = t.get(header).width();
        int target = Math.max(Math.min(min, w), w - excess);
        return t.map(header, c -> c.capped(target));
    }

    private Columns columns(StepsSnapshot s, RenderOptions o, List<MetricCells> metrics, int barCells, boolean withElapsed) {
        Glyphs g = o.glyphs();
        List<Step> steps = s.steps();
        List<Column> cols = new ArrayList<>();
        cols.add(Column.right(ORDER, cells(steps, st -> Text.of(Integer.toString(st.order()))), 2));
        cols.add(Column.left(STEP, cells(steps, st -> Text.of(StepNames.title(st)))));
        cols.add(Column.left(STATUS, cells(steps, StatusLook::text)));
        Column progress = Column.left(PROGRESS, cells(steps, st -> ProgressBar.of(st, barCells, g)));
        cols.add(progress);
        Column elapsed = Column.left(ELAPSED, cells(steps, st -> elapsed(st, o)));
        if (withElapsed && !elapsed.isBlank()) {
            cols.add(elapsed);
        }
        if (o.wide()) {
            for (int i = 0; i < MetricCells.WIDE_HEADERS.size(); i++) {
                int k = i;
                cols.add(Column.left(MetricCells.WIDE_HEADERS.get(i), metrics.stream().map(m -> m.wideCells().get(k)).toList()));
            }
        } else {
            Column details = details(metrics, g, Integer.MAX_VALUE);
            if (!details.isBlank()) {
                cols.add(details);
            }
        }
        return new Columns(cols);
    }

    /** DETAILS with each step's figures kept whole while they fit in {@code max} columns. */
    private static Column details(List<MetricCells> metrics, Glyphs g, int max) {
        return Column.left(DETAILS, metrics.stream()
                .map(m -> Text.joinWithin(m.cells(), g.separator(), max, g.ellipsis())).toList()).capped(max);
    }

    private static Text elapsed(Step st, RenderOptions o) {
        Duration d = st.elapsed(o.now());
        return d == null ? Text.EMPTY : Text.of(HumanUnits.duration(d));
    }

    private static List<Text> cells(List<Step> steps, Function<Step, Text> f) {
        return steps.stream().map(f).toList();
    }
}
