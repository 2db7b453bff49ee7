package dev.omsteps.cli;

/** The exit codes documented in the README and in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int STEP_FAILED = 1;
    public static final int USAGE = 2;
    public static final int API_ERROR = 3;
    public static final int TIMED_OUT = 4;
    public static final int SUSPENDED = 5;
    /** {@code verify}: a table differs or could not be verified. */
    public static final int DIFFERENCES = 6;
    /** {@code verify}: full verification has not finished (or is not enabled). */
    public static final int NOT_VERIFIED = 7;
    public static final int INTERNAL = 70;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
