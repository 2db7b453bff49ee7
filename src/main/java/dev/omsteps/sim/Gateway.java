package dev.omsteps.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks Alibaba Cloud's API gateway makes before an action runs: a V3 ({@code Authorization} header) or V1
 * ({@code Signature} parameter) signature by a known AccessKey, a fresh nonce, and a timestamp within 15 minutes
 * of the server's own clock (the real one, not the simulated one: clients sign with their wall clock).
 */
final class Gateway {

    static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);
    /** The V1 parameters that carry the signature rather than the call. */
    private static final Set<String> V1_SYSTEM = Set.of("AccessKeyId", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "SignatureType", "Timestamp", "Format", "Version", "Action", "Signature", "RegionId", "SecurityToken");

    private final SimulatorCredentials credentials;
    private final IssuedCredentials issued;
    private final Clock serverClock;
    private final NonceRegistry nonces;
    private final V3SignatureVerifier v3 = new V3SignatureVerifier();
    private final V1SignatureVerifier v1 = new V1SignatureVerifier();

    Gateway(SimulatorCredentials credentials, IssuedCredentials issued, Clock serverClock) {
        this.credentials = credentials;
        this.issued = issued;
        this.serverClock = serverClock;
        this.nonces = new NonceRegistry(serverClock, ALLOWED_SKEW);
    }

    /** The verified call, or a {@link GatewayRejection} with the first check that failed. */
    VerifiedCall verify(IncomingRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return verifyV3(request, authorization.strip());
        }
        Map<String, String> params = request.parameters();
        if (params.containsKey("Signature") || params.containsKey("AccessKeyId")) {
            return verifyV1(request, params);
        }
        throw new GatewayRejection(GatewayError.incompleteSignature(
                "Neither an Authorization header nor a Signature parameter was sent."));
    }

    private VerifiedCall verifyV3(IncomingRequest request, String header) {
        V3SignatureVerifier.Authorization auth = V3SignatureVerifier.Authorization.parse(header);
        String secret = secretOf(auth.accessKeyId(), request.header("x-acs-security-token"));
        checkTimestamp(required(request.header("x-acs-date"), "x-acs-date"));
        String nonce = required(request.header("x-acs-signature-nonce"), "x-acs-signature-nonce");
        v3.verify(request, auth, secret);
        // a nonce is spent only by a request that was really signed with it
        if (!nonces.firstUse(auth.accessKeyId(), nonce)) {
            throw new GatewayRejection(GatewayError.nonceUsed());
        }
        return new VerifiedCall(request.header("x-acs-action"), request.header("x-acs-version"), request.parameters(),
                auth.accessKeyId(), "V3");
    }

    private VerifiedCall verifyV1(IncomingRequest request, Map<String, String> params) {
        if (params.getOrDefault("Signature", "").isEmpty()) {
            throw new GatewayRejection(GatewayError.incompleteSignature("The Signature parameter is missing."));
        }
        String keyId = required(params.get("AccessKeyId"), "AccessKeyId");
        String secret = secretOf(keyId, params.get("SecurityToken"));
        String method = required(params.get("SignatureMethod"), "SignatureMethod");
        if (!method.equals("HMAC-SHA1")) {
            throw new GatewayRejection(GatewayError.incompleteSignature("SignatureMethod " + method + " is not supported; use HMAC-SHA1."));
        }
        String version = required(params.get("SignatureVersion"), "SignatureVersion");
        if (!version.equals("1.0")) {
            throw new GatewayRejection(GatewayError.incompleteSignature("SignatureVersion " + version + " is not supported; use 1.0."));
        }
        checkTimestamp(required(params.get("Timestamp"), "Timestamp"));
        String nonce = required(params.get("SignatureNonce"), "SignatureNonce");
        v1.verify(request.method(), params, secret);
        if (!nonces.firstUse(keyId, nonce)) {
            throw new GatewayRejection(GatewayError.nonceUsed());
        }
        Map<String, String> callParams = new LinkedHashMap<>(params);
        callParams.keySet().removeAll(V1_SYSTEM);
        return new VerifiedCall(params.get("Action"), params.get("Version"), callParams, keyId, "V1");
    }

    /** A long-lived demo key, or temporary credentials this simulator issued: with their token, until they expire. */
    private String secretOf(String keyId, String token) {
        Optional<String> demo = credentials.secretOf(keyId);
        if (demo.isPresent()) {
            return demo.get();
        }
        IssuedCredentials.Issued i = issued.find(keyId).orElseThrow(() -> new GatewayRejection(GatewayError.unknownAccessKey()));
        if (token == null || token.isBlank()) {
            throw new GatewayRejection(new GatewayError(400, "InvalidSecurityToken.Missing", "The security token you provided is missing."));
        }
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), i.securityToken().getBytes(StandardCharsets.UTF_8))) {
            throw new GatewayRejection(new GatewayError(400, "InvalidSecurityToken.MismatchWithAccessKey",
                    "The security token you provided does not match the access key."));
        }
        if (issued.expired(i)) {
            throw new GatewayRejection(new GatewayError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired."));
        }
        return i.accessKeySecret();
    }

    private void checkTimestamp(String sent) {
        Instant t;
        try {
            t = Instant.parse(sent);
        } catch (DateTimeException e) {
            throw new GatewayRejection(GatewayError.timestampFormat(sent));
        }
        Instant now = serverClock.instant();
        if (Duration.between(t, now).abs().compareTo(ALLOWED_SKEW) > 0) {
            throw new GatewayRejection(GatewayError.timestampExpired(sent, now.toString()));
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new GatewayRejection(GatewayError.missingParameter(name));
        }
        return value;
    }
}
