package dev.omsteps.api;

/**
 * Any failure to get a usable answer from the API: gateway errors, application errors
 * ({@code Success: false}), unreadable bodies and network failures, each with a hint for the user.
 * Messages never carry a secret.
 */
public class ApiException extends RuntimeException {

    public enum Kind {
        SIGNATURE, AUTH, CLOCK_SKEW, TLS, PERMISSION, NOT_FOUND, THROTTLED, UNAVAILABLE, SERVER, NETWORK, BAD_RESPONSE, APPLICATION,
        /** An answer over the body cap: the same request would bring the same body, so it is not retried. */
        TOO_LARGE;

        public boolean transientByNature() {
            return this == THROTTLED || this == UNAVAILABLE || this == SERVER || this == NETWORK || this == BAD_RESPONSE;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String hint;
    private final String requestId;

    public ApiException(Kind kind, int httpStatus, String code, String message, String hint, String requestId) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.hint = hint;
        this.requestId = requestId;
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

    public boolean isTransient() {
        return kind.transientByNature();
    }
}
