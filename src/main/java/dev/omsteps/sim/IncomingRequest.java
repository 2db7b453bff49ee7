package dev.omsteps.sim;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the gateway needs of an HTTP request: method, raw path, decoded query and form parameters, headers, body. */
record IncomingRequest(String method, String rawPath, Map<String, String> query, Map<String, String> form,
                       Headers headers, byte[] body) {

    static IncomingRequest of(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        String contentType = headers.getFirst("Content-Type");
        boolean isForm = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return new IncomingRequest(method, rawPath == null || rawPath.isEmpty() ? "/" : rawPath, decodePairs(rawQuery),
                isForm ? decodePairs(new String(body, StandardCharsets.UTF_8)) : Map.of(), headers, body);
    }

    /** {@code a=1&b=2} decoded; a key without {@code =} has the empty value. */
    static Map<String, String> decodePairs(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                throw new GatewayRejection(new GatewayError(400, "InvalidParameter",
                        "The parameters are not correctly percent-encoded."));
            }
        }
        return out;
    }

    String header(String name) {
        return headers.getFirst(name);
    }

    /** Query then form parameters (a form field wins), as the gateway merges them for an RPC action. */
    Map<String, String> parameters() {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(form);
        return all;
    }
}
