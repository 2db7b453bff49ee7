package dev.omsteps.api;

import dev.omsteps.api.ApiException.Kind;
import dev.omsteps.model.ErrorDetail;
import java.util.Locale;

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

    /** An envelope that says {@code Success: false}; {@code detail} is null when it says no more. */
    static ApiException application(ErrorDetail detail, String requestId, String projectId) {
        String code = detail == null ? null : detail.code();
        String message = detail == null ? null : detail.filledMessage();
        String proposal = detail == null ? null : detail.filledProposal();
        String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
        boolean notFound = c.contains("NOT_FOUND") || c.contains("NOTFOUND") || c.contains("NOT_EXIST") || c.contains("NOTEXIST");
        String what = (notFound ? "project " + projectId + " was not found" : "OMS answered with an error")
                + " (" + (code == null ? "Success: false" : code) + ")"
                + (message == null || notFound ? "" : ": " + oneLine(message));
        String hint = notFound ? "check the project ID (np_…) and the region it lives in"
                : proposal != null ? oneLine(proposal) : "retry later; quote the request ID if it persists";
        return new ApiException(notFound ? Kind.NOT_FOUND : Kind.APPLICATION, 200, code, what, hint, requestId);
    }

    static String oneLine(String s) {
        String t = dev.omsteps.model.Printable.of(s).replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 299) + "…" : t;
    }
}
