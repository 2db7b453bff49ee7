package dev.omsteps.watch;

/** How watching one project ended; the CLI maps these to exit codes. */
public enum Outcome {
    DONE(0, 0), TIMED_OUT(4, 1), SUSPENDED(5, 2), FAILED(1, 3), API_ERROR(3, 4), INTERRUPTED(130, 5);

    private final int exitCode;
    private final int severity;

    Outcome(int exitCode, int severity) {
        this.exitCode = exitCode;
        this.severity = severity;
    }

    public int exitCode() {
        return exitCode;
    }

    /** With several projects the worst outcome decides the exit code. */
    public static Outcome worst(Iterable<Outcome> outcomes) {
        Outcome w = DONE;
        for (Outcome o : outcomes) {
            if (o.severity > w.severity) {
                w = o;
            }
        }
        return w;
    }
}
