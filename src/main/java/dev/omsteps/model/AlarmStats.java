package dev.omsteps.model;

/**
 * A project's alarm state from ListProjects' {@code AlarmStats}: whether an alarm rule is firing, what it says, and
 * how often rules fired recently. Absent values are null.
 */
public record AlarmStats(Boolean alarming, String content, Integer recentlyTriggerCount) {

    /** Whether OMS says an alarm is firing for the project. */
    public boolean isAlarming() {
        return Boolean.TRUE.equals(alarming);
    }
}
