package dev.omsteps.sim;

import dev.omsteps.api.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks an {@code ACS3-HMAC-SHA256} signature with the same pure functions the client signs with. The signed
 * headers are the ones the Authorization header names (clients differ: the official one also signs
 * {@code x-acs-credentials-provider}), and the claimed body hash must be the body's.
 */
final class V3SignatureVerifier {

    /** The parsed {@code Authorization} header. */
    record Authorization(String accessKeyId, String signedHeaders, String signature) {

        static Authorization parse(String header) {
            String prefix = AcsV3Signer.ALGORITHM + " ";
            if (!header.startsWith(prefix)) {
                throw new GatewayRejection(GatewayError.incompleteSignature(
                        "The Authorization header must start with " + AcsV3Signer.ALGORITHM + "."));
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : header.substring(prefix.length()).split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
            for (String required : new String[] {"Credential", "SignedHeaders", "Signature"}) {
                if (parts.getOrDefault(required, "").isEmpty()) {
                    throw new GatewayRejection(GatewayError.incompleteSignature("The Authorization header lacks " + required + "."));
                }
            }
            return new Authorization(parts.get("Credential"), parts.get("SignedHeaders"), parts.get("Signature"));
        }
    }

    /** Throws a {@link GatewayRejection} unless {@code secret} produced the request's signature. */
    void verify(IncomingRequest request, Authorization auth, String secret) {
        String bodyHash = AcsV3Signer.sha256Hex(request.body());
        String claimed = request.header("x-acs-content-sha256");
        if (claimed != null && !claimed.strip().equalsIgnoreCase(bodyHash)) {
            throw new GatewayRejection(GatewayError.signatureDoesNotMatch(
                    "The x-acs-content-sha256 header does not match the SHA-256 of the body."));
        }
        SortedMap<String, String> signed = new TreeMap<>();
        for (String name : auth.signedHeaders().split(";")) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            String value = request.header(lower);
            signed.put(lower, value == null ? "" : value.strip());
        }
        String canonical = AcsV3Signer.canonicalRequest(request.method(), request.rawPath(), request.query(), signed,
                claimed == null ? bodyHash : claimed.strip());
        String expected = AcsV3Signer.signature(secret, canonical);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new GatewayRejection(GatewayError.signatureDoesNotMatch(
                    "Check the AccessKey secret and how the canonical request is built."));
        }
    }
}
