package dev.omsteps.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's V3 request signature, {@code ACS3-HMAC-SHA256}. Pure functions, shared by the
 * client (to sign) and the simulator (to verify), so both stay byte-for-byte the same algorithm.
 */
public final class AcsV3Signer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private AcsV3Signer() {
    }

    /** RFC 3986 percent-encoding as the gateway expects it (space as %20, {@code *} encoded, {@code ~} not). */
    public static String percentEncode(String s) {
        return dev.omsteps.credentials.RpcSignature.percentEncode(s);
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String hmacSha256Hex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Query parameters encoded and sorted by encoded name, joined with {@code &}. */
    public static String canonicalQuery(Map<String, String> query) {
        SortedMap<String, String> sorted = new TreeMap<>();
        query.forEach((k, v) -> sorted.put(percentEncode(k), v == null ? "" : percentEncode(v)));
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The headers that V3 signs: {@code host}, {@code content-type} and every {@code x-acs-*}, lower-cased and sorted. */
    public static SortedMap<String, String> headersToSign(Map<String, String> headers) {
        SortedMap<String, String> out = new TreeMap<>();
        headers.forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-")) {
                out.put(name, v == null ? "" : v.strip());
            }
        });
        return out;
    }

    public static String canonicalRequest(String method, String canonicalUri, Map<String, String> query,
                                          SortedMap<String, String> signedHeaders, String hashedPayload) {
        StringBuilder headerBlock = new StringBuilder();
        signedHeaders.forEach((k, v) -> headerBlock.append(k).append(':').append(v).append('\n'));
        return method.toUpperCase(Locale.ROOT) + "\n"
                + canonicalUri + "\n"
                + canonicalQuery(query) + "\n"
                + headerBlock + "\n"
                + String.join(";", signedHeaders.keySet()) + "\n"
                + hashedPayload;
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String signature(String secret, String canonicalRequest) {
        return hmacSha256Hex(secret, stringToSign(canonicalRequest));
    }

    /** The full {@code Authorization} header value for a request whose headers already include the x-acs ones. */
    public static String authorization(String accessKeyId, String secret, String method, String canonicalUri,
                                       Map<String, String> query, Map<String, String> headers, String hashedPayload) {
        SortedMap<String, String> signed = headersToSign(headers);
        String canonical = canonicalRequest(method, canonicalUri, query, signed, hashedPayload);
        return ALGORITHM + " Credential=" + accessKeyId
                + ",SignedHeaders=" + String.join(";", signed.keySet())
                + ",Signature=" + signature(secret, canonical);
    }
}
