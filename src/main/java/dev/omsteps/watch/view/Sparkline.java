package dev.omsteps.watch.view;

import java.util.List;

/** Eight-level block sparkline ({@code ▁▂▃▄▅▆▇█}), or {@code _.-=#} where the output is not UTF-8. */
public final class Sparkline {

    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final String ASCII = "_.-=#";

    private Sparkline() {
    }

    public static String of(List<Long> values, boolean unicode) {
        String levels = unicode ? BLOCKS : ASCII;
        if (values.isEmpty()) {
            return "";
        }
        long min = values.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder sb = new StringBuilder(values.size());
        for (long v : values) {
            int i = max == min ? levels.length() / 2 : (int) ((v - min) * (levels.length() - 1) / (max - min));
            sb.append(levels.charAt(i));
        }
        return sb.toString();
    }
}
