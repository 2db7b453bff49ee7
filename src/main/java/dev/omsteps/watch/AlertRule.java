package dev.omsteps.watch;

import dev.omsteps.time.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code --alert} rule. {@code lag>30s for 5m}: incremental lag above 30 s for 5 minutes on end
 * ({@code for} may be left out: at once). {@code stalled 10m}: a running project whose progress and
 * checkpoint have not moved for 10 minutes.
 *
 * @param kind      what is measured
 * @param threshold the lag limit (lag rules), or the time without movement (stalled rules)
 * @param holdFor   how long the condition must hold before the alert fires, and its opposite before it clears
 */
public record AlertRule(Kind kind, Duration threshold, Duration holdFor) {

    public enum Kind { LAG, STALLED }

    /**
     * A lag alert clears only once the lag is under this share of its threshold: a lag that wobbles
     * around the limit fires once, not on every poll.
     */
    public static final double CLEAR_RATIO = 0.8;

    private static final Pattern LAG = Pattern.compile("lag\\s*>\\s*(\\S+?)(?:\\s+for\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern STALLED = Pattern.compile("stalled\\s+(\\S+)", Pattern.CASE_INSENSITIVE);

    public AlertRule {
        if (threshold.isNegative() || threshold.isZero() && kind == Kind.STALLED) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        if (holdFor.isNegative()) {
            throw new IllegalArgumentException("the hold time must not be negative");
        }
    }

    public static AlertRule parse(String text) {
        String t = text.strip();
        Matcher m = LAG.matcher(t);
        if (m.matches()) {
            return new AlertRule(Kind.LAG, duration(m.group(1), text),
                    m.group(2) == null ? Duration.ZERO : duration(m.group(2), text));
        }
        m = STALLED.matcher(t);
        if (m.matches()) {
            return new AlertRule(Kind.STALLED, duration(m.group(1), text), Duration.ZERO);
        }
        throw new IllegalArgumentException("'" + text + "' is not an alert rule");
    }

    private static Duration duration(String s, String rule) {
        try {
            return Durations.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' in '" + rule + "' is not a duration");
        }
    }

    /**
     * The rules a project gets when none are given, from its importance as ListProjects reports it
     * (HIGH, MEDIUM, LOW); none when the importance is unknown, so nobody is woken by a guess.
     */
    public static Optional<List<AlertRule>> defaultsFor(String importance) {
        if (importance == null) {
            return Optional.empty();
        }
        return switch (importance.strip().toUpperCase(Locale.ROOT)) {
            case "HIGH" -> Optional.of(List.of(
                    new AlertRule(Kind.LAG, Duration.ofSeconds(30), Duration.ofMinutes(2)),
                    new AlertRule(Kind.STALLED, Duration.ofMinutes(10), Duration.ZERO)));
            case "MEDIUM" -> Optional.of(List.of(
                    new AlertRule(Kind.LAG, Duration.ofMinutes(1), Duration.ofMinutes(5)),
                    new AlertRule(Kind.STALLED, Duration.ofMinutes(30), Duration.ZERO)));
            case "LOW" -> Optional.of(List.of(
                    new AlertRule(Kind.LAG, Duration.ofMinutes(5), Duration.ofMinutes(15)),
                    new AlertRule(Kind.STALLED, Duration.ofHours(2), Duration.ZERO)));
            default -> Optional.empty();
        };
    }

    /** The rule as it would be written on the command line, e.g. {@code lag>30s for 5m}. */
    public String text() {
        if (kind == Kind.STALLED) {
            return "stalled " + compact(threshold);
        }
        return "lag>" + compact(threshold) + (holdFor.isZero() ? "" : " for " + compact(holdFor));
    }

    /** {@code 30s}, {@code 5m}, {@code 2h}: the largest whole unit, as a rule is written. */
    static String compact(Duration d) {
        long s = d.toSeconds();
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    /** A short name for events and labels: {@code lag} or {@code stalled}. */
    public String name() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
