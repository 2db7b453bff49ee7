package dev.omsteps.render;

import dev.omsteps.model.StepsSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Project np_…  ·  fetched 22:40:01 UTC (or the local zone)  ·  3/6 steps finished  ·  elapsed 1h14m}.
 * When it does not fit, parts are dropped from the end, then the rest is cut with an ellipsis.
 */
final class HeaderLine {

    private HeaderLine() {
    }

    static Text of(StepsSnapshot s, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> parts = new ArrayList<>();
        parts.add(Text.of("Project " + (s.projectId() == null ? "?" : s.projectId()), Style.BOLD));
        if (s.fetchedAt() != null) {
            parts.add(Text.of("fetched " + Times.clock(s.fetchedAt(), o)));
        }
        parts.add(Text.of(s.finishedCount() + "/" + s.steps().size() + " steps finished"));
        Duration elapsed = s.elapsed();
        if (elapsed != null) {
            parts.add(Text.of("elapsed " + HumanUnits.duration(elapsed)));
        }
        String sep = " " + g.separator() + " ";
        Text line = Text.join(parts, sep);
        while (line.width() > o.width() && parts.size() > 1) {
            parts.remove(parts.size() - 1);
            line = Text.join(parts, sep);
        }
        return line.truncate(o.width(), g.ellipsis());
    }
}
