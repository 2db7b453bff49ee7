package dev.omsteps.render.report;

import dev.omsteps.model.Step;
import dev.omsteps.time.HumanDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times, durations and numbers as both report formats write them: UTC, to the second, never locale-dependent. */
final class ReportFormat {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DHM = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    /** {@code 2026-11-25 10:00:00 UTC}, or a dash. */
    static String time(Instant t) {
        return t == null ? "—" : FULL.format(t) + " UTC";
    }

    /** A chart axis label: {@code HH:mm} when the span is under a day, else {@code MM-dd HH:mm}. */
    static String axisTime(Instant t, Duration span) {
        return (span.compareTo(Duration.ofDays(1)) < 0 ? HM : DHM).format(t);
    }

    static String duration(Duration d) {
        return d == null ? "—" : HumanDuration.of(d);
    }

    /** A window as it was asked for: {@code 24h}, {@code 90m}, {@code 7d}. */
    static String window(Duration d) {
        if (d.toSeconds() % 86_400 == 0 && d.toDays() > 3) {
            return d.toDays() + "d";
        }
        return d.toSeconds() % 3600 == 0 ? d.toHours() + "h" : duration(d);
    }

    /** Time the step took (to {@code now} while it runs), or a dash. */
    static String stepDuration(Step s, Instant now) {
        return duration(s.elapsed(now));
    }

    static String count(Long n) {
        return n == null ? "—" : String.format(Locale.ROOT, "%,d", n);
    }

    /** A coordinate for SVG: one decimal, a dot, no exponent. */
    static String coord(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
