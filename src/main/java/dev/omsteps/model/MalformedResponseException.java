package dev.omsteps.model;

/** The server answered, but not with something we can read as an OMS response. */
public class MalformedResponseException extends RuntimeException {

    private final String preview;

    public MalformedResponseException(String message, String preview) {
        super(message);
        this.preview = preview;
    }

    /** The first characters of the body, whitespace folded, to tell a proxy's HTML page from JSON. */
    public String preview() {
        return preview;
    }
}
