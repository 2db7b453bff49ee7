package dev.omsteps.render;

import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code omsteps metrics}: a title and a bar chart of the main series that fills the width it is
 * given. The window is cut into one column per character; a column shows the highest value that
 * fell in it (a spike in lag must not be averaged away), in eighths of a row ({@code ▁▂▃▄▅▆▇█}; in
 * ASCII {@code #} for a half row or more, {@code .} for less). A column without data stays empty,
 * unless its neighbours on both sides have data (one missing sample is not a gap). The y axis is
 * labelled at the top, middle and bottom; the x axis with the times of the window's ends.
 */
public final class MetricChart {

    static final int MIN_PLOT = 10;
    private static final String EIGHTHS = "▁▂▃▄▅▆▇█";
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT);
    private static final DateTimeFormatter DHM = DateTimeFormatter.ofPattern("MM-dd HH:mm", java.util.Locale.ROOT);

    /** The columns a chart of {@code width} draws, so the question can ask for about one point per column. */
    public static int plotColumns(int width, int labelWidth) {
        return Math.max(MIN_PLOT, width - labelWidth - 2);
    }

    public List<String> lines(MetricHistory h, RenderOptions o, int height) {
        Glyphs g = o.glyphs();
        String metric = h.query().metricType();
        List<Text> out = new ArrayList<>();
        MetricSeries s = h.main();
        out.add(title(h, s, o).truncate(o.width(), g.ellipsis()));
        if (s == null || s.points().isEmpty()) {
            out.add(Text.of("(no data points in this window)", Style.GREY));
            return out.stream().map(t -> t.render(o.color())).toList();
        }
        double min = Math.min(0, s.min().orElse(0));
        double max = s.max().orElse(0);
        if (max <= min) {
            max = min + 1;
        }
        int rows = Math.max(3, height);
        String top = MetricUnits.format(metric, max);
        String mid = MetricUnits.format(metric, min + (max - min) / 2);
        String bottom = MetricUnits.format(metric, min);
        int labelWidth = Math.max(DisplayWidth.of(top), Math.max(DisplayWidth.of(mid), DisplayWidth.of(bottom)));
        int cols = plotColumns(o.width(), labelWidth);
        Double[] column = columns(s.points(), h.query().begin(), h.query().end(), cols);
        boolean unicode = o.unicode();
        for (int r = rows - 1; r >= 0; r--) {
            String label = r == rows - 1 ? top : r == rows / 2 ? mid : r == 0 ? bottom : "";
            String axis = label.isEmpty() ? (unicode ? "│" : "|") : (unicode ? "┤" : "+");
            StringBuilder line = new StringBuilder(DisplayWidth.padLeft(label, labelWidth)).append(' ').append(axis);
            for (Double v : column) {
                line.append(cell(v, min, max, rows, r, unicode));
            }
            out.add(Text.of(line.toString().stripTrailing(), Style.PLAIN));
        }
        out.add(Text.of(" ".repeat(labelWidth + 1) + (unicode ? "└" : "+") + (unicode ? "─" : "-").repeat(cols), Style.GREY));
        out.add(Text.of(timeAxis(h.query().begin(), h.query().end(), o.zone(), labelWidth + 2, cols)));
        return out.stream().map(t -> t.truncate(o.width(), g.ellipsis()).render(o.color())).toList();
    }

    private static Text title(MetricHistory h, MetricSeries s, RenderOptions o) {
        String metric = h.query().metricType();
        List<Text> parts = new ArrayList<>();
        parts.add(Text.of(h.query().stepName() + " " + metric + " (" + h.aggregator() + ")", Style.BOLD));
        parts.add(Text.of(clock(h.query().begin(), h.query().end(), o.zone()) + " to " + clock(h.query().end(), h.query().end(), o.zone())
                + " " + Times.zoneName(o.zone(), h.query().end())));
        if (s != null && !s.points().isEmpty()) {
            parts.add(Text.of("latest " + MetricUnits.format(metric, s.latest().getAsDouble())));
            parts.add(Text.of("max " + MetricUnits.format(metric, s.max().getAsDouble())));
        }
        if (h.referenceValue() != null && h.referenceValue() > 0) {
            parts.add(Text.of("reference " + MetricUnits.format(metric, h.referenceValue())));
        }
        Glyphs g = o.glyphs();
        return Text.joinWithin(parts, " " + g.separator() + " ", o.width(), g.ellipsis());
    }

    /** The highest value per column of the window; one empty column between two full ones takes the earlier value. */
    static Double[] columns(List<MetricPoint> points, Instant begin, Instant end, int cols) {
        Double[] c = new Double[cols];
        long span = Math.max(1, Duration.between(begin, end).toMillis());
        for (MetricPoint p : points) {
            long at = Duration.between(begin, p.time()).toMillis();
            if (at < 0 || at > span) {
                continue;
            }
            int i = (int) Math.min(cols - 1, at * cols / span);
            c[i] = c[i] == null ? p.value() : Math.max(c[i], p.value());
        }
        for (int i = 1; i < cols - 1; i++) {
            if (c[i] == null && c[i - 1] != null && c[i + 1] != null) {
                c[i] = c[i - 1];
            }
        }
        return c;
    }

    private static String cell(Double v, double min, double max, int rows, int row, boolean unicode) {
        if (v == null) {
            return " ";
        }
        long eighths = Math.round((v - min) / (max - min) * rows * 8);
        long fill = Math.max(0, Math.min(8, eighths - row * 8L));
        if (fill == 0) {
            // a value above the floor shows at least a sliver on the bottom row
            return row == 0 && v > min ? (unicode ? "▁" : ".") : " ";
        }
        if (!unicode) {
            return fill >= 4 ? "#" : ".";
        }
        return String.valueOf(EIGHTHS.charAt((int) fill - 1));
    }

    private static String timeAxis(Instant begin, Instant end, ZoneId zone, int indent, int cols) {
        String left = clock(begin, end, zone);
        String right = clock(end, end, zone);
        int gap = cols - DisplayWidth.of(left) - DisplayWidth.of(right);
        if (gap < 1) {
            return " ".repeat(indent) + left;
        }
        String middle = clock(begin.plus(Duration.between(begin, end).dividedBy(2)), end, zone);
        int w = DisplayWidth.of(middle);
        if (gap >= w + 4) {
            int before = (cols - w) / 2 - DisplayWidth.of(left);
            return " ".repeat(indent) + left + " ".repeat(before) + middle
                    + " ".repeat(cols - DisplayWidth.of(left) - before - w - DisplayWidth.of(right)) + right;
        }
        return " ".repeat(indent) + left + " ".repeat(gap) + right;
    }

    /** Hours and minutes in the user's zone (as every time omsteps shows); with the date when not on the window's last day. */
    private static String clock(Instant t, Instant end, ZoneId zone) {
        return (LocalDate.ofInstant(t, zone).equals(LocalDate.ofInstant(end, zone)) ? HM : DHM).withZone(zone).format(t);
    }
}
