package dev.omsteps.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Wall-clock times in the zone the user reads (local by default, UTC with {@code --utc}), always
 * with the zone's name: the time alone on the day of {@code now}, else with the date.
 * ({@code -o json} and ndjson keep ISO-8601 UTC: they are for programs.)
 */
public final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Times() {
    }

    /** {@code 10:00:00 UTC}, {@code 18:00:00 CST}, or {@code 2026-11-24 23:59:00 UTC} on another day. */
    public static String clock(Instant t, Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(t, zone);
        DateTimeFormatter f = day.equals(LocalDate.ofInstant(now, zone)) ? TIME : DATE_TIME;
        return f.withZone(zone).format(t) + " " + zoneName(zone, t);
    }

    static String clock(Instant t, RenderOptions o) {
        return clock(t, o.now(), o.zone());
    }

    /** {@code UTC} for UTC however it is spelled, else the zone's short name at that instant (CET, CEST, +08:00). */
    static String zoneName(ZoneId zone, Instant at) {
        ZoneId z = zone.normalized();
        if (z.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).withZone(z).format(at);
    }
}
