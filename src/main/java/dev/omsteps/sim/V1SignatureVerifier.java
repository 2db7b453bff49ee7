package dev.omsteps.sim;

import dev.omsteps.credentials.RpcSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Checks the older RPC signature (version 1.0, HMAC-SHA1) with the same {@link RpcSignature} the STS client signs
 * with: the string to sign is {@code METHOD&%2F&<percent-encoded canonical query of every parameter but Signature>},
 * the key {@code secret + "&"}.
 */
final class V1SignatureVerifier {

    /** Throws a {@link GatewayRejection} unless {@code secret} produced the {@code Signature} parameter. */
    void verify(String method, Map<String, String> params, String secret) {
        String sent = params.get("Signature");
        String expected = RpcSignature.signature(secret, RpcSignature.stringToSign(method, params));
        if (sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new GatewayRejection(GatewayError.signatureDoesNotMatch(
                    "Check the AccessKey secret and how the string to sign is built."));
        }
    }
}
