package dev.omsteps.config;

import dev.omsteps.model.Printable;

/** Settings or credentials are missing or unreadable: a usage problem (exit 2), with a hint. */
public class ConfigException extends RuntimeException {

    private final String hint;

    public ConfigException(String message, String hint) {
        // made printable where it is made: messages quote files, the environment and arguments
        super(Printable.line(message, 1000));
        this.hint = Printable.line(hint, 1000);
    }

    public String hint() {
        return hint;
    }
}
