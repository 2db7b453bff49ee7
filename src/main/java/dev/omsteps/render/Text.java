package dev.omsteps.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Styled text as spans, so widths are measured and cuts are made on the visible characters and
 * the escape codes are added only at the very end.
 */
final class Text {

    static final Text EMPTY = new Text(List.of());

    private final List<Span> spans;
    /** Measured once: layout asks every cell's width many times while it fits the columns. */
    private final int width;

    Text(List<Span> spans) {
        this.spans = spans.stream().filter(s -> !s.text().isEmpty()).toList();
        this.width = DisplayWidth.of(plain());
    }

    /** Spans already free of empty ones, whose width is known (widths add up when texts are joined). */
    private Text(List<Span> spans, int width) {
        this.spans = List.copyOf(spans);
        this.width = width;
    }

    List<Span> spans() {
        return spans;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    @Override
    public String toString() {
        return "Text" + spans;
    }

    static Text of(String s) {
        return of(s, Style.PLAIN);
    }

    static Text of(String s, Style style) {
        return s == null ? EMPTY : new Text(List.of(new Span(s, style)));
    }

    /** Pieces joined by {@code separator} (plain), skipping empty ones. */
    static Text join(List<Text> parts, String separator) {
        List<Span> out = new ArrayList<>();
        int w = 0;
        int separatorWidth = DisplayWidth.of(separator);
        for (Text p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !separator.isEmpty()) {
                out.add(new Span(separator, Style.PLAIN));
                w += separatorWidth;
            }
            out.addAll(p.spans);
            w += p.width;
        }
        return new Text(out, w);
    }

    /**
     * Like {@link #join}, within {@code max} columns: whole parts while they fit, then
     * {@code " …"} for the rest, so a cut never leaves half a figure or a dangling separator.
     * A figure is never cut: when not even the first part fits, it keeps its first whole words
     * ({@code lag 3s …}), or the ellipsis alone stands for them all.
     */
    static Text joinWithin(List<Text> parts, String separator, int max, String ellipsis) {
        Text all = join(parts, separator);
        if (all.width() <= max) {
            return all;
        }
        List<Text> kept = new ArrayList<>();
        for (Text p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            List<Text> trial = new ArrayList<>(kept);
            trial.add(p);
            if (join(trial, separator).width() + 1 + DisplayWidth.of(ellipsis) > max) {
                break;
            }
            kept.add(p);
        }
        if (kept.isEmpty()) {
            return firstWords(parts.stream().filter(p -> !p.isEmpty()).findFirst().orElse(EMPTY), max, ellipsis);
        }
        return join(kept, separator).append(Text.of(" " + ellipsis));
    }

    /** The whole words of {@code t} that fit in {@code max} columns with {@code " …"} after them; else the ellipsis alone. */
    private static Text firstWords(Text t, int max, String ellipsis) {
        String plain = t.plain();
        for (int cut = plain.lastIndexOf(' '); cut > 0; cut = plain.lastIndexOf(' ', cut - 1)) {
            if (DisplayWidth.of(plain.substring(0, cut)) + 1 + DisplayWidth.of(ellipsis) <= max) {
                return t.prefix(DisplayWidth.of(plain.substring(0, cut))).append(Text.of(" " + ellipsis));
            }
        }
        return DisplayWidth.of(ellipsis) <= max ? Text.of(ellipsis) : EMPTY;
    }

    /** Whole when it fits in {@code max} columns, else the ellipsis alone: for a figure, which a cut would falsify. */
    Text wholeOr(int max, String ellipsis) {
        if (width <= max) {
            return this;
        }
        return DisplayWidth.of(ellipsis) <= max ? Text.of(ellipsis) : EMPTY;
    }

    Text append(Text other) {
        List<Span> out = new ArrayList<>(spans);
        out.addAll(other.spans);
        return new Text(out, width + other.width);
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    String plain() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    int width() {
        return width;
    }

    /** Cut to {@code max} columns, keeping the styles, with {@code ellipsis} (plain) when cut and there is room for it. */
    Text truncate(int max, String ellipsis) {
        if (width() <= max) {
            return this;
        }
        int room = max - DisplayWidth.of(ellipsis);
        if (room < 0) {
            return prefix(max);
        }
        List<Span> out = new ArrayList<>(prefix(room).spans);
        // no dangling separator spaces before the ellipsis
        if (!out.isEmpty()) {
            Span last = out.remove(out.size() - 1);
            out.add(new Span(last.text().stripTrailing(), last.style()));
        }
        out.add(new Span(ellipsis, Style.PLAIN));
        return new Text(out);
    }

    /** The first {@code max} columns, styles kept. */
    private Text prefix(int max) {
        List<Span> out = new ArrayList<>();
        int room = max;
        for (Span s : spans) {
            int w = DisplayWidth.of(s.text());
            if (w <= room) {
                out.add(s);
                room -= w;
            } else {
                out.add(new Span(DisplayWidth.prefix(s.text(), room), s.style()));
                break;
            }
        }
        return new Text(out);
    }

    String render(boolean color) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(color ? s.style().apply(s.text()) : s.text()));
        return b.toString();
    }
}
