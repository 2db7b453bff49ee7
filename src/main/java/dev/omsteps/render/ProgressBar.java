package dev.omsteps.render;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import java.util.Locale;

/**
 * The PROGRESS cell: {@code ██████░░░░  62%} (ASCII {@code [######----]  62%}). Cells are
 * filled by rounding down, so only a real 100% shows a full bar. MONITORING is a steady state,
 * drawn as such rather than as a percentage; a step without a progress figure gets nothing.
 */
final class ProgressBar {

    static final int DEFAULT_CELLS = 10;

    private ProgressBar() {
    }

    /** {@code cells} = 0 leaves only the percentage. */
    static Text of(Step step, int cells, Glyphs g) {
        if (step.status().is(StepStatus.Kind.MONITORING)) {
            return Text.of(cells >= 6 ? g.steady() : "steady", Style.MAGENTA);
        }
        Integer p = step.clampedProgress();
        if (p == null) {
            return Text.EMPTY;
        }
        String percent = String.format(Locale.ROOT, "%3d%%", p);
        if (cells <= 0) {
            return Text.of(percent);
        }
        int full = p * cells / 100;
        return new Text(java.util.List.of(
                new Span(g.barOpen(), Style.PLAIN),
                new Span(g.barFull().repeat(full), StatusLook.style(step.status())),
                new Span(g.barEmpty().repeat(cells - full), Style.GREY),
                new Span(g.barClose() + " " + percent, Style.PLAIN)));
    }
}
