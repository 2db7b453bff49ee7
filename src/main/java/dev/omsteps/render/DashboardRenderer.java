package dev.omsteps.render;

import dev.omsteps.model.Attention;
import dev.omsteps.model.ProjectSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code watch --all} dashboard: a count line, a heading, then one line per project, most
 * urgent first ({@link Attention#ORDER}): worst status, name, current step, progress bar, ETA or lag.
 * Pure; no line is wider than the options' width (the name gives way first, then the bar, then the step).
 */
public final class DashboardRenderer {

    static final int STATUS = 10;
    static final int STEP = 18;
    static final int BAR_CELLS = 10;
    static final int DETAIL = 10;
    static final int MIN_NAME = 12;

    /** The count line, e.g. {@code 205 projects · 8 failed · 6 suspended · 15 lagging · 40 running · 136 done}. */
    public String summary(List<ProjectSummary> projects, RenderOptions o) {
        Map<Attention, Integer> counts = new EnumMap<>(Attention.class);
        projects.forEach(p -> counts.merge(Attention.of(p), 1, Integer::sum));
        List<Text> parts = new ArrayList<>();
        parts.add(Text.of(projects.size() + (projects.size() == 1 ? " project" : " projects"), Style.BOLD));
        counts.forEach((a, n) -> parts.add(Text.of(n + " " + a.label(), style(a))));
        return Text.join(parts, o.glyphs().separator()).truncate(o.width(), o.glyphs().ellipsis()).render(o.color());
    }

    /** Heading and one line per project, in the order given (sort with {@link Attention#ORDER} first). */
    public List<String> lines(List<ProjectSummary> projects, RenderOptions o) {
        Glyphs g = o.glyphs();
        int barCells = BAR_CELLS;
        int step = STEP;
        int fixed = STATUS + 1 + step + 1 + (barCells + 5) + 1 + DETAIL;
        int name = o.width() - fixed - 1;
        // give way: the bar shrinks to the percentage, then the step column narrows
        if (name < MIN_NAME) {
            int short_ = Math.min(barCells, MIN_NAME - name);
            barCells -= short_;
            name += short_;
        }
        if (name < MIN_NAME) {
            int short_ = Math.min(step - 8, MIN_NAME - name);
            step -= short_;
            name += short_;
        }
        name = Math.max(4, Math.min(name, 40));
        List<String> out = new ArrayList<>();
        Text heading = row(Text.of("STATUS"), "PROJECT", "STEP", Text.of("PROGRESS"), "ETA/LAG", name, step, barCells, g);
        out.add(heading.truncate(o.width(), g.ellipsis()).render(o.color()));
        for (ProjectSummary p : projects) {
            Text line = row(ProjectCells.status(p.worstStatus()), p.displayName(), ProjectCells.stepTitle(p),
                    ProjectCells.progress(p, barCells, g), ProjectCells.etaOrLag(p), name, step, barCells, g);
            out.add(line.truncate(o.width(), g.ellipsis()).render(o.color()));
        }
        return out;
    }

    private static Text row(Text status, String name, String step, Text progress, String detail, int nameWidth,
                            int stepWidth, int barCells, Glyphs g) {
        int progressWidth = barCells == 0 ? 4 : barCells + DisplayWidth.of(g.barOpen() + g.barClose()) + 5;
        return cell(status.truncate(STATUS, g.ellipsis()), STATUS)
                .append(Text.of(" "))
                .append(cell(Text.of(name).truncate(nameWidth, g.ellipsis()), nameWidth))
                .append(Text.of(" "))
                .append(cell(Text.of(step).truncate(stepWidth, g.ellipsis()), stepWidth))
                .append(Text.of(" "))
                .append(cell(progress.truncate(progressWidth, g.ellipsis()), progressWidth))
                .append(Text.of(" "))
                .append(Text.of(detail).wholeOr(DETAIL, g.ellipsis()));
    }

    private static Text cell(Text t, int width) {
        int pad = width - t.width();
        return pad <= 0 ? t : t.append(Text.of(" ".repeat(pad)));
    }

    private static Style style(Attention a) {
        return switch (a) {
            case FAILED -> Style.RED_BOLD;
            case SUSPENDED -> Style.YELLOW;
            case LAGGING -> Style.MAGENTA;
            case RUNNING -> Style.CYAN;
            case DONE -> Style.GREEN;
        };
    }
}
