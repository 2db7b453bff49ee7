package dev.omsteps.notify;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Webhook URLs are secrets: whoever has Slack's, DingTalk's {@code access_token} or Feishu's hook
 * token can post to the channel. So a URL is shown as its scheme and host only.
 */
final class Masking {

    static final String MASK = "***";

    private Masking() {
    }

    /** {@code https://hooks.slack.com/***}: scheme, host and port kept, path, query and user info hidden. */
    static String url(String text) {
        try {
            URI u = new URI(text);
            if (u.getScheme() != null && u.getHost() != null) {
                return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + "/" + MASK;
            }
        } catch (URISyntaxException ignored) {
            // not a URL: show nothing of it
        }
        return MASK;
    }

    /** A --notify value that did not parse: its scheme word at most. */
    static String maskSpec(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 || colon > 16 ? MASK : spec.substring(0, colon) + ":" + MASK;
    }

    /** {@code text} with the URL (whole or its path and query) and the secret replaced by the mask. */
    static String scrub(String text, String url, String secret) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (url != null) {
            out = out.replace(url, url(url));
            try {
                URI u = new URI(url);
                for (String part : new String[] {u.getRawQuery(), u.getRawPath(), u.getQuery(), u.getPath()}) {
                    if (part != null && part.length() > 1) {
                        out = out.replace(part, MASK);
                    }
                }
            } catch (URISyntaxException ignored) {
                // already replaced whole
            }
        }
        if (secret != null && !secret.isEmpty()) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
