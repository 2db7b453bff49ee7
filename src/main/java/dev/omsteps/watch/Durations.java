package dev.omsteps.watch;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h30m}, {@code 1d}; a bare number is seconds. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (t.isEmpty() || !t.matches("(\\d{1,9}(ms|s|m|h|d))+")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (use e.g. 500ms, 5s, 2m, 1h30m)");
        }
        Duration d = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return d;
    }

    /** Short human form: {@code 45s}, {@code 3m05s}, {@code 1h12m}, {@code 3d02h}. */
    public static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        if (s < 86400) {
            return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        return String.format("%dd%02dh", s / 86400, (s % 86400) / 3600);
    }
}
