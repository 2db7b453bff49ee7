package dev.omsteps.render.report;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.model.report.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The step timeline as an inline SVG Gantt chart: one row per step, a bar from its start to its
 * finish (to the report's time while it runs), coloured by status through CSS classes so that dark
 * mode and print restyle it; the duration at the right; a marker on steps that carry an error, whose
 * text is in the bar's tooltip. Steps that have not started get a row without a bar.
 */
final class TimelineSvg {

    static final int WIDTH = 960;
    private static final int LABEL = 210;
    private static final int RIGHT = 110;
    private static final int ROW = 28;
    private static final int TOP = 8;
    private static final int AXIS = 28;
    private static final int TICKS = 4;

    String svg(StepsSnapshot snapshot, Instant now) {
        List<Step> steps = snapshot.steps();
        Instant start = steps.stream().map(Step::startTime).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        int height = TOP + ROW * Math.max(1, steps.size()) + AXIS;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"Step timeline\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        if (start == null) {
            b.append("<text class=\"note\" x=\"").append(LABEL).append("\" y=\"").append(TOP + 18)
                    .append("\">no step has started yet</text>\n");
        }
        Instant end = start == null ? now : end(steps, now, start);
        double span = Math.max(1, Duration.between(start == null ? now : start, end).toSeconds());
        int plot = WIDTH - LABEL - RIGHT;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            int y = TOP + i * ROW;
            b.append("<g class=\"row\">");
            b.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\">")
                    .append(Escape.html(s.order() + ". " + StepNames.title(s))).append("</text>");
            if (s.startTime() != null && start != null) {
                Instant to = s.finishTime() != null ? s.finishTime() : now;
                double x0 = LABEL + plot * Duration.between(start, s.startTime()).toSeconds() / span;
                double x1 = LABEL + plot * Math.max(0, Duration.between(start, to).toSeconds()) / span;
                double w = Math.max(3, x1 - x0);
                String tip = StepNames.title(s) + " — " + s.status().raw() + ", " + ReportFormat.stepDuration(s, now)
                        + Report.stepError(s).map(e -> " — " + e).orElse("");
                b.append("<rect class=\"bar ").append(statusClass(s)).append("\" x=\"").append(ReportFormat.coord(Math.min(x0, LABEL + plot - 3)))
                        .append("\" y=\"").append(y + 6).append("\" width=\"").append(ReportFormat.coord(w))
                        .append("\" height=\"").append(ROW - 12).append("\" rx=\"3\"><title>").append(Escape.html(tip)).append("</title></rect>");
            } else {
                b.append("<text class=\"note\" x=\"").append(LABEL + 4).append("\" y=\"").append(y + 18).append("\">not started</text>");
            }
            if (s.hasError()) {
                b.append("<text class=\"error-mark\" x=\"").append(WIDTH - RIGHT + 8).append("\" y=\"").append(y + 18)
                        .append("\">⚠</text>");
            }
            b.append("<text class=\"duration\" x=\"").append(WIDTH - 4).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\">")
                    .append(Escape.html(ReportFormat.stepDuration(s, now))).append("</text>");
            b.append("</g>\n");
        }
        int axisY = TOP + ROW * Math.max(1, steps.size()) + 4;
        b.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(axisY).append("\" x2=\"").append(LABEL + plot)
                .append("\" y2=\"").append(axisY).append("\"/>\n");
        if (start != null) {
            Duration whole = Duration.between(start, end);
            for (int t = 0; t <= TICKS; t++) {
                double x = LABEL + (double) plot * t / TICKS;
                Instant at = start.plusSeconds(Math.round(span * t / TICKS));
                String anchor = t == 0 ? "start" : t == TICKS ? "end" : "middle";
                b.append("<line class=\"grid\" x1=\"").append(ReportFormat.coord(x)).append("\" y1=\"").append(TOP)
                        .append("\" x2=\"").append(ReportFormat.coord(x)).append("\" y2=\"").append(axisY).append("\"/>");
                b.append("<text class=\"tick\" x=\"").append(ReportFormat.coord(x)).append("\" y=\"").append(axisY + 16)
                        .append("\" text-anchor=\"").append(anchor).append("\">").append(ReportFormat.axisTime(at, whole)).append("</text>\n");
            }
        }
        return b.append("</svg>").toString();
    }

    /** The right end of the time axis: the latest finish, or now while a step has started and not finished. */
    private static Instant end(List<Step> steps, Instant now, Instant start) {
        Instant end = start;
        for (Step s : steps) {
            if (s.startTime() == null) {
                continue;
            }
            Instant to = s.finishTime() != null ? s.finishTime() : now;
            if (to != null && to.isAfter(end)) {
                end = to;
            }
        }
        return end;
    }

    /** The CSS class of a status: one of a fixed set, never text from the server. */
    static String statusClass(Step s) {
        return "st-" + s.status().kind().name().toLowerCase(Locale.ROOT);
    }
}
