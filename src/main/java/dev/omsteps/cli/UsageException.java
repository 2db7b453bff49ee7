package dev.omsteps.cli;

import dev.omsteps.model.Printable;

/** Bad input found after parsing (exit 2), with what to do about it. */
public class UsageException extends RuntimeException {

    private final String hint;

    public UsageException(String message, String hint) {
        // made printable where it is made: messages quote files, the environment and arguments
        super(Printable.line(message, 1000));
        this.hint = Printable.line(hint, 1000);
    }

    public String hint() {
        return hint;
    }
}
