package dev.omsteps.config;

/** Settings or credentials are missing or unreadable: a usage problem (exit 2), with a hint. */
public class ConfigException extends RuntimeException {

    private final String hint;

    public ConfigException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
