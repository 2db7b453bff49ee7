package dev.omsteps.sim;

import dev.omsteps.api.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the older RPC signature (version 1.0, HMAC-SHA1): the string to sign is
 * {@code METHOD&%2F&<percent-encoded canonical query of every parameter but Signature>}, the key
 * {@code secret + "&"}. Percent-encoding and the canonical query are the V3 signer's, which follow the same RFC 3986 rules.
 */
final class V1SignatureVerifier {

    /** Throws a {@link GatewayRejection} unless {@code secret} produced the {@code Signature} parameter. */
    void verify(String method, Map<String, String> params, String secret) {
        Map<String, String> toSign = new TreeMap<>(params);
        String sent = toSign.remove("Signature");
        String stringToSign = method + "&" + AcsV3Signer.percentEncode("/") + "&"
                + AcsV3Signer.percentEncode(AcsV3Signer.canonicalQuery(toSign));
        String expected = hmacSha1Base64(secret + "&", stringToSign);
        if (sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new GatewayRejection(GatewayError.signatureDoesNotMatch(
                    "Check the AccessKey secret and how the string to sign is built."));
        }
    }

    static String hmacSha1Base64(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }
}
