package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What is posted where: the ndjson event itself to a plain webhook, and each chat's incoming-webhook
 * message format — Slack {@code {"text"}}, DingTalk {@code {"msgtype":"text","text":{"content"}}},
 * Feishu/Lark {@code {"msg_type":"text","content":{"text"}}} — signed when a secret is set.
 */
final class Payloads {

    /** One HTTP POST. */
    record Post(URI url, String contentType, String body) {
    }

    static final String JSON = "application/json; charset=utf-8";
    static final String NDJSON = "application/x-ndjson; charset=utf-8";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Payloads() {
    }

    /** {@code line} is the event as ndjson carries it (one line, no newline). */
    static Post of(NotifyTarget t, JsonNode event, String line, Instant now) {
        String text = Message.text(event);
        return switch (t.kind()) {
            case WEBHOOK -> new Post(t.url(), NDJSON, line + "\n");
            case SLACK -> {
                ObjectNode n = F.objectNode();
                n.put("text", text);
                yield new Post(t.url(), JSON, n.toString());
            }
            case DINGTALK -> {
                ObjectNode n = F.objectNode();
                n.put("msgtype", "text");
                n.putObject("text").put("content", text);
                yield new Post(t.secret() == null ? t.url() : dingTalkSigned(t.url(), t.secret(), now), JSON, n.toString());
            }
            case FEISHU -> {
                ObjectNode n = F.objectNode();
                if (t.secret() != null) {
                    long ts = now.getEpochSecond();
                    n.put("timestamp", Long.toString(ts));
                    n.put("sign", feishuSign(ts, t.secret()));
                }
                n.put("msg_type", "text");
                n.putObject("content").put("text", text);
                yield new Post(t.url(), JSON, n.toString());
            }
            case EXEC -> throw new IllegalArgumentException("a command is not posted to");
        };
    }

    /**
     * DingTalk's signed robot: {@code timestamp} (milliseconds) and {@code sign} added to the URL, where
     * sign = urlencode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret))).
     */
    static URI dingTalkSigned(URI url, String secret, Instant now) {
        long ts = now.toEpochMilli();
        String sign = URLEncoder.encode(base64Hmac(secret, ts + "\n" + secret), StandardCharsets.UTF_8);
        String s = url.toString();
        return URI.create(s + (url.getRawQuery() == null ? "?" : "&") + "timestamp=" + ts + "&sign=" + sign);
    }

    /** Feishu's signed bot: sign = base64(HmacSHA256(key = timestamp + "\n" + secret, data = nothing)); timestamp in seconds. */
    static String feishuSign(long epochSeconds, String secret) {
        return base64Hmac(epochSeconds + "\n" + secret, "");
    }

    private static String base64Hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
