package dev.omsteps.model;

/**
 * What full verification says about a cutover. Only {@link #CONSISTENT} lets it go ahead:
 * verification has finished and every table is CONSISTENT or BOTH_EMPTY.
 */
public enum VerificationVerdict {
    /** Finished; every table CONSISTENT or BOTH_EMPTY, and no differing rows counted. */
    CONSISTENT,
    /** At least one table differs or could not be verified (or the server counts differing rows). */
    DIFFERENCES,
    /** Verification is still running, suspended, not started, not enabled, or reported no tables. */
    NOT_FINISHED
}
