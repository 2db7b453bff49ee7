package dev.omsteps.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Terminal columns taken by text. CJK and other wide characters take two, combining marks none;
 * the per-character table is JLine's {@link WCWidth} (Markus Kuhn's wcwidth), not our own.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += columns(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Control characters report -1; they are never printed by us, so they count as nothing. */
    private static int columns(int cp) {
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /** The longest prefix of {@code s} that fits in {@code max} columns (never splits a wide character). */
    static String prefix(String s, int max) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = columns(cp);
            if (w + cw > max) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s} cut to {@code max} columns, ending in {@code ellipsis} when something was cut. */
    public static String truncate(String s, int max, String ellipsis) {
        if (of(s) <= max) {
            return s;
        }
        int room = max - of(ellipsis);
        if (room < 0) {
            return prefix(s, max);
        }
        return prefix(s, room).stripTrailing() + ellipsis;
    }

    static String padRight(String s, int width) {
        int w = of(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    static String padLeft(String s, int width) {
        int w = of(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }

    /**
     * Word-wraps {@code text} into lines of at most {@code width} columns; the first line is
     * prefixed with {@code first}, the rest with {@code rest} (a hanging indent). Words wider than
     * a line (long identifiers, CJK runs without spaces) are broken by columns.
     */
    static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int lineWidth = of(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            String w = word;
            while (!w.isEmpty()) {
                int ww = of(w);
                int need = empty ? ww : ww + 1;
                if (lineWidth + need <= width) {
                    line.append(empty ? "" : " ").append(w);
                    lineWidth += need;
                    empty = false;
                    w = "";
                } else if (!empty) {
                    lines.add(line.toString());
                    line = new StringBuilder(rest);
                    lineWidth = of(rest);
                    empty = true;
                } else {
                    String head = prefix(w, Math.max(1, width - lineWidth));
                    if (head.isEmpty()) {
                        head = w.substring(0, Character.charCount(w.codePointAt(0)));
                    }
                    line.append(head);
                    lines.add(line.toString());
                    line = new StringBuilder(rest);
                    lineWidth = of(rest);
                    w = w.substring(head.length());
                }
            }
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
