package dev.omsteps.render;

import dev.omsteps.model.ProjectSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code omsteps projects}: one row per project — ID, NAME, TYPE, STATUS, SOURCE → TARGET, STEP,
 * PROGRESS. Pure; rows wider than the options' width are cut with an ellipsis (NAME first capped).
 */
public final class ProjectsTableRenderer {

    static final int MAX_NAME = 32;
    private static final int BAR_CELLS = 10;

    public List<String> lines(List<ProjectSummary> projects, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<List<Text>> rows = new ArrayList<>();
        rows.add(List.of(Text.of("ID"), Text.of("NAME"), Text.of("TYPE"), Text.of("STATUS"),
                Text.of(g == Glyphs.UNICODE ? "SOURCE → TARGET" : "SOURCE -> TARGET"), Text.of("STEP"), Text.of("PROGRESS")));
        for (ProjectSummary p : projects) {
            rows.add(List.of(Text.of(p.id()), Text.of(p.name() == null ? "" : p.name()).truncate(MAX_NAME, g.ellipsis()),
                    Text.of(p.type() == null ? "" : p.type()), ProjectCells.status(p.worstStatus()),
                    Text.of(ProjectCells.endpoints(p, g)), Text.of(ProjectCells.stepTitle(p)),
                    ProjectCells.progress(p, BAR_CELLS, g)));
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<Text> r : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], r.get(c).width());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Text> r : rows) {
            Text line = Text.EMPTY;
            for (int c = 0; c < columns; c++) {
                Text cell = r.get(c);
                if (c < columns - 1) {
                    cell = cell.append(Text.of(" ".repeat(widths[c] - cell.width() + 2)));
                }
                line = line.append(cell);
            }
            out.add(line.truncate(o.width(), g.ellipsis()).render(o.color()).stripTrailing());
        }
        if (projects.isEmpty()) {
            out.add("(no projects match)");
        }
        return out;
    }
}
