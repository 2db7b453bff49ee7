package dev.omsteps.cli;

/** Bad input found after parsing (exit 2), with what to do about it. */
public class UsageException extends RuntimeException {

    private final String hint;

    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
