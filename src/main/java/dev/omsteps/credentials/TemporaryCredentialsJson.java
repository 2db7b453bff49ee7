package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The one shape every temporary source answers with: {@code AccessKeyId}, {@code AccessKeySecret},
 * {@code SecurityToken}, {@code Expiration} (ISO-8601 UTC, e.g. {@code 2015-04-09T11:52:19Z}), at the top
 * (metadata service, credentials URI, with {@code Code: Success}) or under {@code Credentials} (STS).
 */
final class TemporaryCredentialsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemporaryCredentialsJson() {
    }

    static JsonNode read(String body, String what) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) {
                throw new IOException("not an object");
            }
            return n;
        } catch (IOException e) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE, what + " answered with something that is not JSON",
                    "check the endpoint");
        }
    }

    static Credentials parse(JsonNode c, String what, String source) {
        String id = text(c, "AccessKeyId");
        String secret = text(c, "AccessKeySecret");
        String token = text(c, "SecurityToken");
        if (id == null || secret == null || token == null) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                    what + " answered without AccessKeyId, AccessKeySecret and SecurityToken", "check the endpoint");
        }
        Instant expiration;
        try {
            String e = text(c, "Expiration");
            expiration = e == null ? null : Instant.parse(e);
        } catch (DateTimeException e) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                    what + " answered with an Expiration that is not an ISO-8601 time", "check the endpoint");
        }
        return new Credentials(id, secret, token, expiration, source);
    }

    static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
