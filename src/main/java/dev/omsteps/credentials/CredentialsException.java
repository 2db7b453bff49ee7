package dev.omsteps.credentials;

/**
 * Credentials could not be had. The kind decides the exit code and whether a watch carries on:
 * a wrong setting is the user's to fix (exit 2), a refusal by STS is final (exit 3), an unreachable
 * or failing service may answer next time (exit 3 for a one-off command, a transient error in a watch).
 * Messages never carry a secret.
 */
public class CredentialsException extends RuntimeException {

    public enum Kind { CONFIG, REFUSED, UNAVAILABLE }

    private final Kind kind;
    private final String hint;

    public CredentialsException(Kind kind, String message, String hint) {
        super(message);
        this.kind = kind;
        this.hint = hint;
    }

    public Kind kind() {
        return kind;
    }

    public String hint() {
        return hint;
    }

    public boolean isTransient() {
        return kind == Kind.UNAVAILABLE;
    }

    static CredentialsException config(String message, String hint) {
        return new CredentialsException(Kind.CONFIG, message, hint);
    }

    /** The same failure, seen while refreshing credentials that worked before: worth trying again later. */
    CredentialsException asRefreshFailure(String source) {
        CredentialsException e = new CredentialsException(Kind.UNAVAILABLE,
                "could not refresh the temporary credentials from " + source + ": " + getMessage(), hint);
        e.initCause(this);
        return e;
    }
}
