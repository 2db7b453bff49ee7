package dev.omsteps.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Columns side by side, two spaces apart: widths, and the header and rows as lines. */
record Columns(List<Column> columns) {

    static final int GAP = 2;

    Columns {
        columns = List.copyOf(columns);
    }

    int width() {
        int w = 0;
        for (Column c : columns) {
            w += c.width();
        }
        return w + GAP * Math.max(0, columns.size() - 1);
    }

    /** Width of everything except the column called {@code header}. */
    int widthWithout(String header) {
        return without(header).width();
    }

    Columns without(String header) {
        return new Columns(columns.stream().filter(c -> !c.header().equals(header)).toList());
    }

    boolean has(String header) {
        return columns.stream().anyMatch(c -> c.header().equals(header));
    }

    Columns map(String header, UnaryOperator<Column> f) {
        return new Columns(columns.stream().map(c -> c.header().equals(header) ? f.apply(c) : c).toList());
    }

    Column get(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    List<Text> lines(Glyphs g) {
        List<Text> out = new ArrayList<>();
        List<Text> headers = columns.stream().map(c -> Text.of(c.header(), Style.BOLD)).toList();
        // each column's width once: it is the widest of all its cells
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        out.add(row(headers, widths, g));
        int rows = columns.isEmpty() ? 0 : columns.get(0).cells().size();
        for (int r = 0; r < rows; r++) {
            List<Text> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(c.cells().get(r));
            }
            out.add(row(cells, widths, g));
        }
        return out;
    }

    /** Cells cut to their column's width and padded; nothing after the last non-empty cell, so no trailing blanks. */
    private Text row(List<Text> cells, int[] widths, Glyphs g) {
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                last = i;
            }
        }
        Text line = Text.EMPTY;
        for (int i = 0; i <= last; i++) {
            Column c = columns.get(i);
            Text cell = cells.get(i).truncate(widths[i], g.ellipsis());
            int pad = widths[i] - cell.width();
            if (i > 0) {
                line = line.append(Text.of(" ".repeat(GAP)));
            }
            if (c.alignRight()) {
                line = line.append(Text.of(" ".repeat(pad))).append(cell);
            } else {
                line = line.append(cell);
                if (i < last) {
                    line = line.append(Text.of(" ".repeat(pad)));
                }
            }
        }
        return line;
    }
}
