package dev.omsteps.render;

import java.util.List;

/**
 * One column of the table: its header, its cells (one per step) and how it is laid out.
 *
 * @param minWidth columns it takes even when every cell is narrower (keeps {@code #} two wide)
 * @param cap      most columns it may take; wider cells are cut with an ellipsis
 * @param natural  the widest of its header and cells, measured once (layout asks for it at every step)
 */
record Column(String header, List<Text> cells, boolean alignRight, int minWidth, int cap, int natural) {

    Column(String header, List<Text> cells, boolean alignRight, int minWidth, int cap) {
        this(header, cells, alignRight, minWidth, cap, measure(header, cells, minWidth));
    }

    private static int measure(String header, List<Text> cells, int minWidth) {
        int w = Math.max(minWidth, DisplayWidth.of(header));
        for (Text t : cells) {
            w = Math.max(w, t.width());
        }
        return w;
    }

    static Column left(String header, List<Text> cells) {
        return new Column(header, cells, false, 0, Integer.MAX_VALUE);
    }

    static Column right(String header, List<Text> cells, int minWidth) {
        return new Column(header, cells, true, minWidth, Integer.MAX_VALUE);
    }

    int naturalWidth() {
        return natural;
    }

    int width() {
        return Math.min(cap, naturalWidth());
    }

    Column capped(int newCap) {
        return new Column(header, cells, alignRight, minWidth, newCap, natural);
    }

    boolean isBlank() {
        return cells.stream().allMatch(Text::isEmpty);
    }
}
