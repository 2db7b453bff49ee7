package dev.omsteps.model;

/** The server answered, but not with something we can read as an OMS response. */
public class MalformedResponseException extends RuntimeException {

    private final String preview;
    private final boolean overLimit;

    public MalformedResponseException(String message, String preview) {
        this(message, preview, false);
    }

    public MalformedResponseException(String message, String preview, boolean overLimit) {
        super(message);
        this.preview = preview;
        this.overLimit = overLimit;
    }

    /** The answer holds more than omsteps keeps (values, steps, projects): asking again would bring the same. */
    public boolean overLimit() {
        return overLimit;
    }

    /** The first characters of the body, whitespace folded, to tell a proxy's HTML page from JSON. */
    public String preview() {
        return preview;
    }
}
