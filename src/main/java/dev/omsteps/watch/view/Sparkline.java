package dev.omsteps.watch.view;

import java.util.List;

/**
 * Eight-level block sparkline ({@code ▁▂▃▄▅▆▇█}), or {@code _.-=#} where the output is not UTF-8.
 * Scaled from zero to the largest value, not from the smallest: a rate jittering by ±5% then draws
 * as the flat top it is, and only a real fall (a stall, a collapse) reaches the bottom.
 */
public final class Sparkline {

    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final String ASCII = "_.-=#";

    private Sparkline() {
    }

    public static String of(List<Long> values, boolean unicode) {
        String levels = unicode ? BLOCKS : ASCII;
        long max = values.stream().mapToLong(v -> Math.max(0, v)).max().orElse(0);
        StringBuilder sb = new StringBuilder(values.size());
        for (long v : values) {
            int top = levels.length() - 1;
            int i = max == 0 ? 0 : (int) Math.round((double) Math.max(0, v) * top / max);
            sb.append(levels.charAt(i));
        }
        return sb.toString();
    }
}
