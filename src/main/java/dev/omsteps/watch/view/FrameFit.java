package dev.omsteps.watch.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a frame's sections into the rows a terminal has, so a redraw never scrolls (a scrolled frame
 * leaves a full copy in the scrollback at every poll). Pure: sections and a height in, lines out.
 * While everything does not fit, sections give way from the last: each becomes its one-line summary;
 * when even the summaries do not fit, the last shown line counts the rest. A single section taller
 * than the screen is cut, and the last line says how many lines are hidden.
 */
final class FrameFit {

    /** A section's full lines and the one line that stands for it when there is no room. */
    record Section(List<String> full, String summary) {
    }

    private FrameFit() {
    }

    /** At most {@code rows} lines (at least one); sections in full are separated by a blank line. */
    static List<String> fit(List<Section> sections, int rows) {
        int room = Math.max(1, rows);
        int n = sections.size();
        // one section alone keeps the top of its lines rather than shrink to its summary
        for (int full = n; full >= (n == 1 ? 1 : 0); full--) {
            List<String> lines = layout(sections, full);
            if (lines.size() <= room) {
                return lines;
            }
        }
        if (n == 1) {
            return cut(sections.get(0).full(), room);
        }
        // not even one line per section: as many summaries as fit, the last line counts the rest
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && out.size() < room - 1; i++) {
            out.add(sections.get(i).summary());
        }
        out.add("+ " + (n - out.size()) + " more projects (make the terminal taller to see them)");
        return out;
    }

    /** The first {@code full} sections in full, the rest as their summaries. */
    private static List<String> layout(List<Section> sections, int full) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (i < full) {
                if (!out.isEmpty()) {
                    out.add("");
                }
                out.addAll(s.full());
            } else {
                if (i == full && !out.isEmpty()) {
                    out.add("");
                }
                out.add(s.summary());
            }
        }
        return out;
    }

    /** The first lines of one section, the last saying how many more there are. */
    static List<String> cut(List<String> lines, int room) {
        if (lines.size() <= room) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, Math.max(0, room - 1)));
        out.add("+ " + (lines.size() - out.size()) + " more lines (make the terminal taller to see them)");
        return out;
    }
}
