package dev.omsteps.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where a {@code --notify} sends events. Forms: {@code exec:CMD} (the event's JSON on the command's
 * standard input), {@code https://…} or {@code webhook:URL} (a POST of the ndjson event),
 * {@code slack:URL}, {@code dingtalk:URL}, {@code feishu:URL} / {@code lark:URL} (their incoming-webhook
 * message formats). A DingTalk or Feishu signing secret comes from the environment
 * ({@value #ENV_DINGTALK_SECRET}, {@value #ENV_FEISHU_SECRET}), never the command line, where it would
 * land in shell history. Every way a target is shown ({@link #toString}) masks what could be a secret.
 */
public record NotifyTarget(Kind kind, String command, URI url, String secret) {

    public static final String ENV_DINGTALK_SECRET = "OMSTEPS_DINGTALK_SECRET";
    public static final String ENV_FEISHU_SECRET = "OMSTEPS_FEISHU_SECRET";

    public enum Kind { EXEC, WEBHOOK, SLACK, DINGTALK, FEISHU }

    /** Throws {@link IllegalArgumentException} with a message safe to show (no secret in it). */
    public static NotifyTarget parse(String spec, Map<String, String> env) {
        String s = spec == null ? "" : spec.strip();
        int colon = s.indexOf(':');
        String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1).strip();
        return switch (scheme) {
            case "exec" -> {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("exec: needs a command, e.g. exec:'logger -t omsteps'");
                }
                yield new NotifyTarget(Kind.EXEC, rest, null, null);
            }
            case "http", "https" -> new NotifyTarget(Kind.WEBHOOK, null, url(s), null);
            case "webhook" -> new NotifyTarget(Kind.WEBHOOK, null, url(rest), null);
            case "slack" -> new NotifyTarget(Kind.SLACK, null, url(rest), null);
            case "dingtalk" -> new NotifyTarget(Kind.DINGTALK, null, url(rest), blankToNull(env.get(ENV_DINGTALK_SECRET)));
            case "feishu", "lark" -> new NotifyTarget(Kind.FEISHU, null, url(rest), blankToNull(env.get(ENV_FEISHU_SECRET)));
            default -> throw new IllegalArgumentException("'" + Masking.maskSpec(s) + "' is not a notification target");
        };
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static URI url(String text) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException("'" + Masking.url(text) + "' is not an http(s) URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + Masking.url(text) + "' is not a URL");
        }
    }

    /** The target as it may be shown: the kind and, for webhooks, the host alone. */
    @Override
    public String toString() {
        String k = kind.name().toLowerCase(Locale.ROOT);
        if (kind == Kind.EXEC) {
            // a command line may carry a token too: its program alone is shown
            String program = command.split("\\s+", 2)[0];
            return "exec:" + program + (program.length() < command.length() ? " …" : "");
        }
        return k + " " + Masking.url(url.toString());
    }

    /** {@code text} with every secret part of this target replaced, for messages that may quote a URL. */
    public String scrub(String text) {
        return Masking.scrub(text, url == null ? null : url.toString(), secret);
    }
}
