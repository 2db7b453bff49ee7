package dev.omsteps.render;

import java.time.Duration;
import java.util.Locale;

/**
 * A metric value in the unit its type implies: DELAY in seconds (shown as a duration), the
 * {@code *_TIME} metrics in milliseconds, IOPS in bytes per second (as the steps' {@code srcIops}
 * are), everything else (RPS, TPS) per second.
 */
public final class MetricUnits {

    private MetricUnits() {
    }

    public static String format(String metricType, double v) {
        String m = metricType == null ? "" : metricType.toUpperCase(Locale.ROOT);
        if (m.equals("DELAY")) {
            return HumanUnits.duration(Duration.ofSeconds(Math.round(v)));
        }
        if (m.endsWith("_TIME")) {
            return Math.abs(v) < 1000 ? number(v) + "ms" : number(v / 1000) + "s";
        }
        if (m.contains("IOPS")) {
            return HumanUnits.bytesPerSecond(Math.round(v));
        }
        return number(v) + "/s";
    }

    /** Whole numbers scaled ({@code 5.1k}); small fractions with one decimal ({@code 0.5}). */
    static String number(double v) {
        if (Math.abs(v) < 10 && v != Math.rint(v)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return HumanUnits.rate(Math.round(v));
    }
}
