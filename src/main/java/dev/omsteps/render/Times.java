package dev.omsteps.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wall-clock times, always UTC (the API's own zone): the time alone on today's date, else with the date. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String clock(Instant t, Instant now) {
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        return day.equals(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? TIME.format(t) : DATE_TIME.format(t);
    }
}
