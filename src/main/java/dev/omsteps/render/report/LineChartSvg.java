package dev.omsteps.render.report;

import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricSeries;
import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.render.MetricUnits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One metric history as an inline SVG line chart over the whole window asked for: the main series
 * as a filled line, its baseline dashed and labelled, the y axis from zero to the larger of the
 * series' maximum and the baseline, the x axis with the window's start, middle and end. A window
 * without data says so in the chart.
 */
final class LineChartSvg {

    static final int WIDTH = 960;
    static final int HEIGHT = 220;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    String svg(ChartSeries chart) {
        MetricHistory h = chart.history();
        String metric = h.query().metricType();
        Instant begin = h.query().begin();
        Instant end = h.query().end();
        double span = Math.max(1, Duration.between(begin, end).toSeconds());
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        MetricSeries s = h.main();
        List<MetricPoint> points = s == null ? List.of() : s.points();
        double max = points.stream().mapToDouble(MetricPoint::value).max().orElse(0);
        if (chart.baseline() != null) {
            max = Math.max(max, chart.baseline());
        }
        max = max <= 0 ? 1 : max * 1.1;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(Escape.html(chart.title())).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int i = 0; i <= 2; i++) {
            double v = max * i / 2;
            double y = TOP + plotH - plotH * i / 2.0;
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(ReportFormat.coord(y)).append("\" x2=\"")
                    .append(LEFT + plotW).append("\" y2=\"").append(ReportFormat.coord(y)).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(ReportFormat.coord(y + 4))
                    .append("\" text-anchor=\"end\">").append(Escape.html(MetricUnits.format(metric, v))).append("</text>\n");
        }
        Duration whole = Duration.between(begin, end);
        for (int i = 0; i <= 2; i++) {
            double x = LEFT + plotW * i / 2.0;
            String anchor = i == 0 ? "start" : i == 2 ? "end" : "middle";
            b.append("<text class=\"tick\" x=\"").append(ReportFormat.coord(x)).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"").append(anchor).append("\">")
                    .append(ReportFormat.axisTime(begin.plusSeconds(Math.round(span * i / 2)), whole)).append("</text>\n");
        }
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotH).append("\" x2=\"").append(LEFT + plotW)
                .append("\" y2=\"").append(TOP + plotH).append("\"/>\n");
        if (points.isEmpty()) {
            b.append("<text class=\"note\" x=\"").append(LEFT + plotW / 2).append("\" y=\"").append(TOP + plotH / 2)
                    .append("\" text-anchor=\"middle\">no data points in this window</text>\n");
        } else {
            StringBuilder line = new StringBuilder();
            double firstX = 0;
            double lastX = 0;
            double lastY = 0;
            for (int i = 0; i < points.size(); i++) {
                MetricPoint p = points.get(i);
                double x = LEFT + plotW * clamp(Duration.between(begin, p.time()).toSeconds() / span);
                double y = TOP + plotH - plotH * clamp(p.value() / max);
                line.append(i == 0 ? "" : " ").append(ReportFormat.coord(x)).append(',').append(ReportFormat.coord(y));
                firstX = i == 0 ? x : firstX;
                lastX = x;
                lastY = y;
            }
            String bottom = ReportFormat.coord(TOP + plotH);
            b.append("<polygon class=\"area\" points=\"").append(ReportFormat.coord(firstX)).append(',').append(bottom).append(' ')
                    .append(line).append(' ').append(ReportFormat.coord(lastX)).append(',').append(bottom).append("\"/>\n");
            b.append("<polyline class=\"series\" points=\"").append(line).append("\"/>\n");
            b.append("<circle class=\"last\" cx=\"").append(ReportFormat.coord(lastX)).append("\" cy=\"").append(ReportFormat.coord(lastY))
                    .append("\" r=\"3.5\"><title>latest ").append(Escape.html(MetricUnits.format(metric, points.get(points.size() - 1).value())))
                    .append("</title></circle>\n");
        }
        if (chart.baseline() != null) {
            double y = TOP + plotH - plotH * clamp(chart.baseline() / max);
            b.append("<line class=\"baseline\" x1=\"").append(LEFT).append("\" y1=\"").append(ReportFormat.coord(y)).append("\" x2=\"")
                    .append(LEFT + plotW).append("\" y2=\"").append(ReportFormat.coord(y)).append("\"/>");
            // at the left: the latest values, which the reader looks at, are at the right
            b.append("<text class=\"baseline-label\" x=\"").append(LEFT + 6).append("\" y=\"").append(ReportFormat.coord(y - 5))
                    .append("\" text-anchor=\"start\">").append(Escape.html(chart.baselineLabel() + " " + MetricUnits.format(metric, chart.baseline())))
                    .append("</text>\n");
        }
        return b.append("</svg>").toString();
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
