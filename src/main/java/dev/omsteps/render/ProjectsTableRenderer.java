package dev.omsteps.render;

import dev.omsteps.model.ProjectSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code omsteps projects}: one row per project — ID, NAME, TYPE, STATUS, SOURCE → TARGET, STEP,
 * PROGRESS. Pure. When the rows are wider than the options' width the table gives way, stopping as
 * soon as it fits: NAME is cut down to {@value #MIN_NAME} columns, the bar shrinks to the percentage,
 * TYPE is dropped, then SOURCE → TARGET (NAME growing back into the room freed); whatever is still too wide is cut at the edge with an ellipsis.
 * Wide ({@code -o wide}, and whenever the output is not a terminal, so that scripts can parse it) has every
 * column and whole names, whatever the width.
 */
public final class ProjectsTableRenderer {

    static final int MAX_NAME = 32;
    static final int MIN_NAME = 12;
    private static final int BAR_CELLS = 10;
    private static final int GAP = 2;

    public List<String> lines(List<ProjectSummary> projects, RenderOptions o) {
        Glyphs g = o.glyphs();
        int longest = Math.max(4, projects.stream()
                .mapToInt(p -> DisplayWidth.of(p.name() == null ? "" : p.name())).max().orElse(4));
        int natural = o.wide() ? longest : Math.min(MAX_NAME, longest);
        int nameWidth = natural;
        int bar = BAR_CELLS;
        boolean endpoints = true;
        boolean type = true;
        List<List<Text>> rows = rows(projects, o, nameWidth, bar, endpoints, type);
        // give way in order; each step re-measures
        while (!o.wide() && width(rows) > o.width()) {
            int over = width(rows) - o.width();
            if (nameWidth > MIN_NAME) {
                nameWidth = Math.max(MIN_NAME, nameWidth - over);
            } else if (bar > 0) {
                bar = 0;
            } else if (type) {
                type = false;
            } else if (endpoints) {
                endpoints = false;
            } else {
                break;
            }
            rows = rows(projects, o, nameWidth, bar, endpoints, type);
        }
        // a dropped column may have freed more room than NAME gave: give it back
        int spare = o.width() - width(rows);
        if (!o.wide() && spare > 0 && nameWidth < natural) {
            nameWidth = Math.min(natural, nameWidth + spare);
            rows = rows(projects, o, nameWidth, bar, endpoints, type);
        }
        int[] widths = widths(rows);
        List<String> out = new ArrayList<>();
        for (List<Text> r : rows) {
            Text line = Text.EMPTY;
            for (int c = 0; c < r.size(); c++) {
                Text cell = r.get(c);
                if (c < r.size() - 1) {
                    cell = cell.append(Text.of(" ".repeat(widths[c] - cell.width() + GAP)));
                }
                line = line.append(cell);
            }
            out.add((o.wide() ? line : line.truncate(o.width(), g.ellipsis())).render(o.color()).stripTrailing());
        }
        if (projects.isEmpty()) {
            out.add("(no projects match)");
        }
        return out;
    }

    private static List<List<Text>> rows(List<ProjectSummary> projects, RenderOptions o, int nameWidth, int bar,
                                         boolean endpoints, boolean type) {
        Glyphs g = o.glyphs();
        List<List<Text>> rows = new ArrayList<>();
        rows.add(row(Text.of("ID"), Text.of("NAME"), Text.of("TYPE"), Text.of("STATUS"),
                Text.of(g == Glyphs.UNICODE ? "SOURCE → TARGET" : "SOURCE -> TARGET"), Text.of("STEP"), Text.of("PROGRESS"),
                endpoints, type));
        for (ProjectSummary p : projects) {
            rows.add(row(Text.of(p.id()), Text.of(p.name() == null ? "" : p.name()).truncate(nameWidth, g.ellipsis()),
                    Text.of(p.type() == null ? "" : p.type()), ProjectCells.status(p, o.laggingFrom()),
                    Text.of(ProjectCells.endpoints(p, g)), Text.of(ProjectCells.stepTitle(p)),
                    ProjectCells.progress(p, bar, g), endpoints, type));
        }
        return rows;
    }

    private static List<Text> row(Text id, Text name, Text type, Text status, Text endpoints, Text step, Text progress,
                                  boolean withEndpoints, boolean withType) {
        List<Text> r = new ArrayList<>(List.of(id, name));
        if (withType) {
            r.add(type);
        }
        r.add(status);
        if (withEndpoints) {
            r.add(endpoints);
        }
        r.add(step);
        r.add(progress);
        return r;
    }

    private static int[] widths(List<List<Text>> rows) {
        int[] w = new int[rows.get(0).size()];
        for (List<Text> r : rows) {
            for (int c = 0; c < w.length; c++) {
                w[c] = Math.max(w[c], r.get(c).width());
            }
        }
        return w;
    }

    private static int width(List<List<Text>> rows) {
        int total = 0;
        for (int w : widths(rows)) {
            total += w + GAP;
        }
        return total - GAP;
    }
}
