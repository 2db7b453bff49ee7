package dev.omsteps.watch;

/**
 * How watching one project ended; the CLI maps these to exit codes. {@link #READY_FOR_SWITCHOVER} is an end of its
 * own: a migration that has done all it can alone, its forward switchover waiting for a person (exit 0).
 */
public enum Outcome {
    DONE(0, 0), READY_FOR_SWITCHOVER(0, 0), TIMED_OUT(4, 1), SUSPENDED(5, 2), FAILED(1, 3), API_ERROR(3, 4), INTERRUPTED(130, 5);

    private final int exitCode;
    private final int severity;

    Outcome(int exitCode, int severity) {
        this.exitCode = exitCode;
        this.severity = severity;
    }

    public int exitCode() {
        return exitCode;
    }

    /** With several projects the worst outcome decides the exit code; of equals, the first given. */
    public static Outcome worst(Iterable<Outcome> outcomes) {
        Outcome w = null;
        for (Outcome o : outcomes) {
            if (w == null || o.severity > w.severity) {
                w = o;
            }
        }
        return w == null ? DONE : w;
    }

    /** Lower-case words: {@code ready for switchover}. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
