package dev.omsteps.render;

import dev.omsteps.time.HumanDuration;
import java.time.Duration;
import java.util.Locale;

/** Numbers and durations the way people read them in a narrow column. */
public final class HumanUnits {

    private static final String[] COUNT_SUFFIX = {"", "k", "M", "B", "T"};
    private static final String[] BYTE_SUFFIX = {"B", "KiB", "MiB", "GiB", "TiB"};

    private HumanUnits() {
    }

    /** Row counts with two decimals once scaled ({@code 1.24B}, {@code 2.00B}, {@code 950}). */
    public static String rows(long n) {
        return scaled(n, 1000, COUNT_SUFFIX, 2, "");
    }

    /** Rates with one decimal once scaled ({@code 5.1k}, {@code 512}). */
    public static String rate(long n) {
        return scaled(n, 1000, COUNT_SUFFIX, 1, "");
    }

    /** Bytes per second in binary units ({@code 12.3 MiB/s}). */
    public static String bytesPerSecond(long n) {
        return scaled(n, 1024, BYTE_SUFFIX, 1, " ") + "/s";
    }

    private static String scaled(long n, int base, String[] suffixes, int decimals, String gap) {
        if (Math.abs(n) < base) {
            return n + gap + suffixes[0];
        }
        double v = n;
        int i = 0;
        // promote when rounding would print "1000.0k"
        double limit = base - 0.5 * Math.pow(10, -decimals);
        while (Math.abs(v) >= limit && i < suffixes.length - 1) {
            v /= base;
            i++;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v) + gap + suffixes[i];
    }

    /** {@code 12s}, {@code 1m03s}, {@code 1h12m}, {@code 3d02h}: {@link HumanDuration}'s words, as the watch says them. */
    public static String duration(Duration d) {
        return HumanDuration.of(d);
    }
}
