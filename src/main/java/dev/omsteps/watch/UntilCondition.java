package dev.omsteps.watch;

import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.Step;
import dev.omsteps.model.Spelling;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.time.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --until} condition. Forms: {@code STEP=STATUS} (e.g. {@code FULL_TRANSFER=FINISHED}),
 * {@code STEP>=N} (progress percent), {@code lag<DURATION} (incremental lag at the fetch, e.g. {@code lag<10s};
 * never met while OMS's sample of the checkpoint is stale).
 * STEP is a step's Name, its order number, or its English title without spaces.
 */
public record UntilCondition(String text, Predicate<StepsSnapshot> test) {

    private static final Pattern STATUS = Pattern.compile("([A-Za-z0-9_\\-]+)\\s*=\\s*([A-Za-z_]+)");
    private static final Pattern PROGRESS = Pattern.compile("([A-Za-z0-9_\\-]+)\\s*>=\\s*(\\d{1,3})%?");
    private static final Pattern LAG = Pattern.compile("lag\\s*(<=|<)\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    public boolean isMetBy(StepsSnapshot s) {
        return test.test(s);
    }

    public static UntilCondition parse(String text) {
        String t = text.strip();
        Matcher m = LAG.matcher(t);
        if (m.matches()) {
            Duration limit = Durations.parse(m.group(2));
            boolean inclusive = m.group(1).equals("<=");
            // the lag at the fetch (fetch time − checkpoint); a stale sample never satisfies it
            return new UntilCondition(t, s -> {
                IncrementalLag lag = s.incrementalLag();
                if (lag == null || lag.isStale()) {
                    return false;
                }
                int c = lag.behind().compareTo(limit);
                return inclusive ? c <= 0 : c < 0;
            });
        }
        m = PROGRESS.matcher(t);
        if (m.matches()) {
            String step = checkStep(m.group(1), text);
            int pct = Integer.parseInt(m.group(2));
            if (pct > 100) {
                throw new IllegalArgumentException("progress in '" + text + "' is over 100");
            }
            return new UntilCondition(t, s -> s.steps().stream().filter(st -> names(st, step))
                    .anyMatch(st -> st.clampedProgress() != null && st.clampedProgress() >= pct));
        }
        m = STATUS.matcher(t);
        if (m.matches()) {
            String step = checkStep(m.group(1), text);
            String status = checkStatus(m.group(2).toUpperCase(Locale.ROOT), text);
            return new UntilCondition(t, s -> s.steps().stream().filter(st -> names(st, step))
                    .anyMatch(st -> st.status().raw().equalsIgnoreCase(status)));
        }
        throw new IllegalArgumentException("'" + text + "' is not a condition");
    }

    /** A step's order number, a known name or a known title: a typo would wait for ever. */
    private static String checkStep(String ref, String text) {
        if (ref.matches("\\d{1,2}") || StepNames.references().stream().anyMatch(r -> r.equalsIgnoreCase(ref.replaceAll("[\\s-]", "")))) {
            return ref;
        }
        throw new IllegalArgumentException("'" + text + "': no step is called '" + ref + "'"
                + Spelling.closest(ref, StepNames.references()).map(s -> " (did you mean " + s + "?)").orElse(""));
    }

    private static String checkStatus(String status, String text) {
        List<String> known = Arrays.stream(StepStatus.Kind.values()).filter(k -> k != StepStatus.Kind.UNKNOWN).map(Enum::name).toList();
        if (known.contains(status)) {
            return status;
        }
        throw new IllegalArgumentException("'" + text + "': a step is never '" + status + "'"
                + Spelling.closest(status, known).map(s -> " (did you mean " + s + "?)").orElse(" (" + String.join(", ", known) + ")"));
    }

    private static boolean names(Step st, String ref) {
        if (ref.equals(String.valueOf(st.order()))) {
            return true;
        }
        if (st.name() != null && st.name().equalsIgnoreCase(ref)) {
            return true;
        }
        String title = StepNames.title(st).replaceAll("[\\s-]", "");
        return title.equalsIgnoreCase(ref.replaceAll("[\\s_-]", ""));
    }
}
