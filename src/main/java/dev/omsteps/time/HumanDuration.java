package dev.omsteps.time;

import java.time.Duration;
import java.util.Locale;

/**
 * A duration the way people read it: {@code 12s}, {@code 1m03s}, {@code 1h12m}, {@code 3d02h} (two
 * units at most, the larger first). Here rather than in rendering because the watch's end reasons
 * ("timed out after 30m00s") say durations too, and the poll loop does not depend on rendering.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    public static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dd%02dh", s / 86_400, s % 86_400 / 3600);
    }
}
