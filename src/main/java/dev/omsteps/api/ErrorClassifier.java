package dev.omsteps.api;

import dev.omsteps.api.ApiException.Kind;
import dev.omsteps.model.ErrorDetail;

/** Maps a gateway or application error code to a kind of failure and what the user should do about it. */
final class ErrorClassifier {

    private ErrorClassifier() {
    }

    static ApiException gateway(int status, String code, String message, String recommend, String requestId, String action) {
        String c = code == null ? "" : code;
        String what = "the API refused the request" + (code == null ? " (HTTP " + status + ")" : " (" + code + ")")
                + (message == null ? "" : ": " + oneLine(message));
        Kind kind;
        String hint;
        if (c.startsWith("SignatureDoesNotMatch") || c.startsWith("IncompleteSignature") || c.startsWith("InvalidSignature")) {
            kind = Kind.SIGNATURE;
            what = "the gateway refused the request signature (" + c + ")";
            hint = "check the AccessKey secret (ALIBABA_CLOUD_ACCESS_KEY_SECRET or your profile) belongs to this AccessKey ID";
        } else if (c.startsWith("SignatureNonceUsed")) {
            kind = Kind.SERVER;
            hint = "retry; each request carries a new nonce";
        } else if (c.startsWith("InvalidAccessKeyId") || c.startsWith("InvalidSecurityToken") || c.startsWith("InvalidAccessKeySecret")) {
            kind = Kind.AUTH;
            hint = "check the AccessKey ID (and STS token) — it is unknown, disabled or expired";
        } else if (c.startsWith("InvalidTimeStamp") || c.contains("RequestTimeTooSkewed")) {
            kind = Kind.CLOCK_SKEW;
            what = "the gateway says this machine's clock is off (" + c + ")";
            hint = "sync the system clock (e.g. enable NTP); requests must be within 15 minutes of the server's time";
        } else if (c.startsWith("Forbidden") || c.startsWith("NoPermission") || status == 403) {
            kind = Kind.PERMISSION;
            hint = "grant the RAM action oceanbase:" + action + " to this user or role";
        } else if (c.startsWith("Throttling")) {
            kind = Kind.THROTTLED;
            hint = "too many requests — wait and retry, or poll less often";
        } else if (c.startsWith("ServiceUnavailable") || status == 503) {
            kind = Kind.UNAVAILABLE;
            hint = "the service is temporarily unavailable — retry in a moment";
        } else if (status >= 500 || c.startsWith("InternalError")) {
            kind = Kind.SERVER;
            hint = "the server failed — retry in a moment; quote the request ID if it persists";
        } else {
            kind = Kind.APPLICATION;
            hint = recommend != null && !recommend.isBlank() && !recommend.startsWith("http")
                    ? oneLine(recommend) : "check the request; run with --debug to see the exchange";
        }
        return new ApiException(kind, status, code, what, hint, requestId);
    }

    /**
     * An envelope that says {@code Success: false}; {@code detail} is null when it says no more. What it means comes
     * from {@link ApplicationErrors}: a passing trouble is retried like a server error (bounded by the caller's
     * error budget), only the project's own not-found code says "check the project ID", and a self-hosted login
     * failure is an authentication error.
     */
    static ApiException application(ErrorDetail detail, String requestId, String projectId) {
        String code = detail == null ? null : detail.code();
        String message = detail == null ? null : detail.filledMessage();
        String proposal = detail == null ? null : detail.filledProposal();
        String said = " (" + (code == null ? "Success: false" : code) + ")" + (message == null ? "" : ": " + oneLine(message));
        return switch (ApplicationErrors.of(code, message)) {
            case PROJECT_NOT_FOUND -> new ApiException(Kind.NOT_FOUND, 200, code,
                    "project " + projectId + " was not found (" + code + ")",
                    "check the project ID (np_…) and the region it lives in", requestId);
            case AUTHENTICATION -> new ApiException(Kind.AUTH, 200, code, "OMS refused the login" + said,
                    "check the OMS console user and password (OMSTEPS_OMS_USER, OMSTEPS_OMS_PASSWORD or your context)",
                    requestId);
            case TRANSIENT -> new ApiException(Kind.SERVER, 200, code, "OMS answered with a passing error" + said,
                    "it usually clears by itself; omsteps retries it", requestId);
            case OTHER -> new ApiException(Kind.APPLICATION, 200, code, "OMS answered with an error" + said,
                    proposal != null ? oneLine(proposal) : "quote the request ID if it persists", requestId);
        };
    }

    static String oneLine(String s) {
        String t = dev.omsteps.model.Printable.of(s).replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 299) + "…" : t;
    }
}
