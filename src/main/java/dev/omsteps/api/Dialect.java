package dev.omsteps.api;

import dev.omsteps.model.ErrorDetail;
import java.net.URI;
import java.util.Map;
import okhttp3.Request;

/**
 * What differs between deployments for one call: the HTTP request an action becomes, and what an HTTP
 * status other than 2xx means there. Everything after the answer arrives is {@link ActionCaller}'s.
 * A request is built afresh for every attempt, so a retry carries a new nonce and date (and
 * credentials that refresh could be consulted here, per request).
 */
interface Dialect {

    /** Where the API lives; its scheme decides whether TLS is set up. */
    URI endpoint();

    /**
     * The request for {@code action}. Parameters are named as the OpenAPI reference names them
     * ({@code Id}, {@code PageNumber}); values are strings, numbers, booleans or lists. Each dialect
     * writes names and values its own way (cloud: form fields, a list as its JSON text; self-hosted:
     * camelCase JSON).
     */
    Request request(String action, Map<String, ?> params);

    /** An answer with an HTTP status outside 2xx, as the failure it stands for. */
    ApiException refused(int status, byte[] body, String action);

    /** What the user should check when a 2xx answer is not a JSON object. */
    String notJsonHint();

    /** An answer that says {@code Success: false}; {@code detail} is null when it says no more. */
    default ApiException failed(ErrorDetail detail, String requestId, String subject) {
        return ErrorClassifier.application(detail, requestId, subject);
    }
}
