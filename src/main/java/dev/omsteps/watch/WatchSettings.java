package dev.omsteps.watch;

import java.time.Duration;

/**
 * How to watch, for a watch of given projects and for a dashboard alike. {@code timeout} null means
 * no limit; {@code maxPolls} 0 means no limit; {@code trendWindow} is how many polls each project's
 * {@link TrendTracker} keeps.
 */
public record WatchSettings(Duration interval, Duration timeout, int maxErrors, StopRules rules, int trendWindow, long maxPolls) {

    public WatchSettings(Duration interval, Duration timeout, int maxErrors, StopRules rules, int trendWindow) {
        this(interval, timeout, maxErrors, rules, trendWindow, 0);
    }
}
