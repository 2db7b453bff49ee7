package dev.omsteps.api;

import dev.omsteps.model.Printable;
import java.time.Duration;

/**
 * Any failure to get a usable answer from the API: gateway errors, application errors
 * ({@code Success: false}), unreadable bodies and network failures, each with a hint for the user.
 * Messages never carry a secret, and are made printable here, where they are made: whatever a
 * server or the HTTP library put into them, no output path (error line, poll event, status line,
 * trace) can show a control character.
 */
public class ApiException extends RuntimeException {

    public enum Kind {
        SIGNATURE, AUTH, CLOCK_SKEW, TLS, PERMISSION, NOT_FOUND, THROTTLED, UNAVAILABLE, SERVER, NETWORK, BAD_RESPONSE, APPLICATION,
        /** An answer over the body cap: the same request would bring the same body, so it is not retried. */
        TOO_LARGE,
        /** A 3xx: the API never redirects, and omsteps never follows one (the credentials would go along). */
        REDIRECT;

        public boolean transientByNature() {
            return this == THROTTLED || this == UNAVAILABLE || this == SERVER || this == NETWORK || this == BAD_RESPONSE;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String hint;
    private final String requestId;
    private Duration retryAfter;

    /** Longest message or hint kept; a server's message can be a whole page. */
    static final int MAX_TEXT = 1000;

    public ApiException(Kind kind, int httpStatus, String code, String message, String hint, String requestId) {
        super(Printable.line(message, MAX_TEXT));
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = Printable.line(code, 200);
        this.hint = Printable.line(hint, MAX_TEXT);
        this.requestId = Printable.line(requestId, 200);
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when no answer was received. */
    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    public String requestId() {
        return requestId;
    }

    /** How long the server asked us to wait ({@code x-acs-retry-after}, {@code Retry-After}), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Records the server's throttling hint, as {@link #initCause} records a cause: once, where the answer is read. */
    public ApiException withRetryAfter(Duration hint) {
        if (retryAfter == null) {
            retryAfter = hint;
        }
        return this;
    }

    public boolean isTransient() {
        return kind.transientByNature();
    }
}
