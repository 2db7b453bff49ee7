package dev.omsteps.credentials;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC signature version 1.0 (HMAC-SHA1), which STS's AssumeRole takes as the official
 * credentials library sends it: the string to sign is {@code METHOD&%2F&<encoded canonical query>}, the
 * key {@code secret + "&"}. Used by the STS client to sign and by the simulator to check.
 */
public final class RpcSignature {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private RpcSignature() {
    }

    /** RFC 3986 percent-encoding as the gateway expects it (space as %20, {@code *} encoded, {@code ~} not). */
    public static String percentEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** Every parameter but {@code Signature}, encoded and sorted. */
    public static String canonicalQuery(Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("Signature")) {
                sorted.put(percentEncode(k), percentEncode(v == null ? "" : v));
            }
        });
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public static String stringToSign(String method, Map<String, String> params) {
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params));
    }

    public static String signature(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    /** {@code params} with the signature's own parameters and the {@code Signature} added. */
    public static Map<String, String> sign(String method, Map<String, String> params, Credentials by, Instant now, String nonce) {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("AccessKeyId", by.accessKeyId());
        all.put("SignatureMethod", "HMAC-SHA1");
        all.put("SignatureVersion", "1.0");
        all.put("SignatureNonce", nonce);
        all.put("Timestamp", TIMESTAMP.format(now.truncatedTo(ChronoUnit.SECONDS)));
        if (by.hasToken()) {
            all.put("SecurityToken", by.securityToken());
        }
        all.put("Signature", signature(by.accessKeySecret(), stringToSign(method, all)));
        return all;
    }
}
