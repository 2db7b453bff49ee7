package dev.omsteps.sim;

/** A refusal by the API gateway: HTTP status, error code and message, as Alibaba Cloud's gateway words them. */
public record GatewayError(int status, String code, String message) {

    static GatewayError incompleteSignature(String why) {
        return new GatewayError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. " + why);
    }

    static GatewayError signatureDoesNotMatch(String why) {
        return new GatewayError(400, "SignatureDoesNotMatch", "Specified signature does not match our calculation. " + why);
    }

    static GatewayError unknownAccessKey() {
        return new GatewayError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    static GatewayError nonceUsed() {
        return new GatewayError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }

    static GatewayError timestampExpired(String sent, String server) {
        return new GatewayError(400, "InvalidTimeStamp.Expired",
                "Specified time stamp or date value is expired. The request time " + sent
                        + " differs from the server time " + server + " by more than 15 minutes.");
    }

    static GatewayError timestampFormat(String sent) {
        return new GatewayError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted: " + sent);
    }

    static GatewayError missingParameter(String name) {
        return new GatewayError(400, "MissingParameter",
                "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied.");
    }

    static GatewayError unknownAction(String action) {
        return new GatewayError(404, "InvalidAction.NotFound",
                "Specified api " + (action == null ? "" : "\"" + action + "\" ") + "is not found, please check your url and method.");
    }

    /** Alibaba Cloud's gateway answers flow control with 400, not 429. */
    static GatewayError throttled() {
        return new GatewayError(400, "Throttling.User", "Request was denied due to user flow control.");
    }

    static GatewayError serviceUnavailable() {
        return new GatewayError(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
    }

    static GatewayError internalError() {
        return new GatewayError(500, "InternalError",
                "The request processing has failed due to some unknown error, exception or failure.");
    }

    static GatewayError invalidVersion(String version) {
        return new GatewayError(400, "InvalidVersion", "Specified parameter Version \"" + version + "\" is not valid.");
    }
}
