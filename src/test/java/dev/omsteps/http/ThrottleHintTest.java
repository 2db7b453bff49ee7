package dev.omsteps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Throttling hints as Alibaba Cloud's gateway (x-acs-retry-after, milliseconds) and RFC 9110 (Retry-After) give them. */
class ThrottleHintTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static Duration hint(String... nameValues) {
        return ThrottleHint.of(Headers.of(nameValues), NOW);
    }

    @Test
    void xAcsRetryAfterIsInMilliseconds() {
        assertEquals(Duration.ofMillis(2000), hint("x-acs-retry-after", "2000"));
        assertEquals(Duration.ofMillis(80), hint("X-Acs-Retry-After", " 80 "));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertEquals(Duration.ofSeconds(7), hint("Retry-After", "7"));
        assertEquals(Duration.ofSeconds(30), hint("Retry-After", "Sun, 01 Mar 2026 10:00:30 GMT"));
    }

    @Test
    void theGatewaysOwnHeaderWinsOverTheStandardOne() {
        assertEquals(Duration.ofMillis(500), hint("Retry-After", "9", "x-acs-retry-after", "500"));
    }

    @Test
    void zeroNegativePastOrUnreadableValuesAreNoHint() {
        for (String v : new String[] {"0", "-1", "", "abc", "1.5", "99999999999999999999", "Sun, 01 Mar 2026 09:00:00 GMT"}) {
            assertNull(hint("x-acs-retry-after", v), v);
            assertNull(hint("Retry-After", v), v);
        }
        assertNull(hint("X-Other", "5"));
    }

    @Test
    void noServerCanAskForMoreThanTheCap() {
        assertEquals(ThrottleHint.MAX, hint("Retry-After", "86400"));
        assertEquals(ThrottleHint.MAX, hint("x-acs-retry-after", "999999999999"));
        assertEquals(ThrottleHint.MAX, hint("Retry-After", "Fri, 01 Jan 2100 00:00:00 GMT"));
    }
}
