package dev.omsteps.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * How long a server asked us to wait before the next request: {@code x-acs-retry-after} (Alibaba
 * Cloud's gateway, in milliseconds — the unit of the official OpenAPI SDKs' {@code getThrottlingTimeLeft}
 * and their tests: "2000" is 2000 ms; zero, negative or unreadable values mean no hint) or the standard
 * {@code Retry-After} (RFC 9110 §10.2.3: delay-seconds or an HTTP date). A hint is a floor on the wait,
 * never a licence to wait for ever: it is cut to {@link #MAX}, and callers cut it again at their deadline.
 */
public final class ThrottleHint {

    /** The longest wait a server can ask for; a watch's own backoff tops out here too. */
    public static final Duration MAX = Duration.ofMinutes(1);

    private ThrottleHint() {
    }

    /** The hint, at most {@link #MAX}; null when the answer gave none (or none that reads). */
    public static Duration of(Headers headers, Clock clock) {
        Duration d = millis(headers.get("x-acs-retry-after"));
        if (d == null) {
            d = retryAfter(headers.get("Retry-After"), clock);
        }
        return d == null ? null : d.compareTo(MAX) > 0 ? MAX : d;
    }

    private static Duration millis(String v) {
        long ms = number(v);
        return ms > 0 ? Duration.ofMillis(ms) : null;
    }

    private static Duration retryAfter(String v, Clock clock) {
        if (v == null || v.isBlank()) {
            return null;
        }
        long s = number(v);
        if (s > 0) {
            return Duration.ofSeconds(Math.min(s, MAX.toSeconds() + 1));
        }
        try {
            Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() || d.isZero() ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole positive number of at most 12 digits, else -1. */
    private static long number(String v) {
        if (v == null) {
            return -1;
        }
        String t = v.strip();
        if (t.isEmpty() || t.length() > 12 || !t.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(t);
    }
}
