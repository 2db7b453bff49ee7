package dev.omsteps.sim;

import dev.omsteps.api.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Hand-made signed requests, for the gateway checks that a well-behaved client never trips. */
final class SignedRequests {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final int port;
    private int nonces;

    SignedRequests(int port) {
        this.port = port;
    }

    String nextNonce() {
        return "test-nonce-" + (++nonces);
    }

    /** V3 with the Id in a form body; {@code contentSha} overrides the true body hash when not null. */
    Request v3(String action, String id, Instant date, String nonce, String secret, String contentSha) {
        byte[] body = ("Id=" + AcsV3Signer.percentEncode(id)).getBytes(StandardCharsets.UTF_8);
        String hash = contentSha != null ? contentSha : AcsV3Signer.sha256Hex(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "127.0.0.1:" + port);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", "2019-09-01");
        headers.put("x-acs-date", date.truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", hash);
        headers.put("content-type", FORM);
        String auth = AcsV3Signer.authorization(SimulatorCredentials.DEMO_ACCESS_KEY_ID, secret, "POST", "/", Map.of(),
                headers, hash);
        Request.Builder b = new Request.Builder().url("http://127.0.0.1:" + port + "/")
                .post(RequestBody.create(body, MediaType.get(FORM))).header("Authorization", auth);
        headers.forEach(b::header);
        return b.build();
    }

    Request v3(String id, Instant date) {
        return v3("DescribeProjectSteps", id, date, nextNonce(), SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null);
    }

    /** V1 (HMAC-SHA1) with every parameter in the query string of a request with the given method. */
    Request v1(String method, String id, Instant timestamp, String nonce, String secret) {
        return v1(method, "DescribeProjectSteps", Map.of("Id", id), timestamp, nonce, secret);
    }

    /** V1 for any action and parameters, all in the query string. */
    Request v1(String method, String action, Map<String, String> params, Instant timestamp, String nonce, String secret) {
        Map<String, String> p = new TreeMap<>(params);
        p.put("AccessKeyId", SimulatorCredentials.DEMO_ACCESS_KEY_ID);
        p.put("Action", action);
        p.put("Format", "JSON");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", nonce);
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        p.put("Version", "2019-09-01");
        String toSign = method + "&%2F&" + AcsV3Signer.percentEncode(AcsV3Signer.canonicalQuery(p));
        p.put("Signature", dev.omsteps.credentials.RpcSignature.signature(secret, toSign));
        String query = p.entrySet().stream()
                .map(e -> AcsV3Signer.percentEncode(e.getKey()) + "=" + AcsV3Signer.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        Request.Builder b = new Request.Builder().url("http://127.0.0.1:" + port + "/?" + query);
        return method.equals("GET") ? b.get().build() : b.post(RequestBody.create(new byte[0], null)).build();
    }
}
