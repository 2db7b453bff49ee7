package dev.omsteps.model;

import java.util.Locale;

/**
 * A step status as the API wrote it. Known values get a {@link Kind}; anything else is kept
 * verbatim with {@link Kind#UNKNOWN} so that a new server status is shown, never dropped.
 */
public record StepStatus(String raw, Kind kind) {

    public enum Kind { INIT, RUNNING, FAILED, FINISHED, SUSPEND, MONITORING, UNKNOWN }

    public static StepStatus of(String raw) {
        if (raw == null || raw.isBlank()) {
            return new StepStatus("UNKNOWN", Kind.UNKNOWN);
        }
        String name = raw.strip();
        try {
            return new StepStatus(name, Kind.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return new StepStatus(name, Kind.UNKNOWN);
        }
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return raw;
    }
}
