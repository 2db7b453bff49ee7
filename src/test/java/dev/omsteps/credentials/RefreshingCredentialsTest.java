package dev.omsteps.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Cache, refresh before expiry and failures, on a fake clock. */
class RefreshingCredentialsTest {

    final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T10:00:00Z"));
    final Deque<Object> answers = new ArrayDeque<>();
    int fetches;

    Supplier<Credentials> fetch() {
        return () -> {
            fetches++;
            Object next = answers.removeFirst();
            if (next instanceof CredentialsException e) {
                throw e;
            }
            return (Credentials) next;
        };
    }

    Credentials lasting(Duration d, String id) {
        return new Credentials(id, "secret", "token", clock.instant().plus(d), "test");
    }

    static CredentialsException down() {
        return new CredentialsException(CredentialsException.Kind.UNAVAILABLE, "could not reach STS", "check the network");
    }

    @Test
    void cachedUntilThreeQuartersOfTheLifetimeOrFifteenMinutesBeforeExpiry() {
        assertEquals(Instant.parse("2026-11-25T10:45:00Z"), RefreshingCredentials.refreshTime(clock.instant(), clock.instant().plus(Duration.ofHours(1))));
        assertEquals(Instant.parse("2026-11-25T10:11:15Z"), RefreshingCredentials.refreshTime(clock.instant(), clock.instant().plus(Duration.ofMinutes(15))));
        assertEquals(Instant.parse("2026-11-25T17:45:00Z"), RefreshingCredentials.refreshTime(clock.instant(), clock.instant().plus(Duration.ofHours(8))));
        answers.add(lasting(Duration.ofMinutes(15), "A"));
        RefreshingCredentials p = new RefreshingCredentials("test", fetch(), clock);
        Credentials a = p.current();
        clock.advance(Duration.ofMinutes(11));
        assertSame(a, p.current());
        assertEquals(1, fetches);
        answers.add(lasting(Duration.ofMinutes(15), "B"));
        clock.advance(Duration.ofSeconds(16));
        assertEquals("B", p.current().accessKeyId());
        assertEquals(2, fetches);
    }

    @Test
    void aFailedRefreshKeepsTheValidCredentialsAndRetriesAfterABackoff() {
        answers.add(lasting(Duration.ofMinutes(15), "A"));
        RefreshingCredentials p = new RefreshingCredentials("test", fetch(), clock);
        p.current();
        clock.advance(Duration.ofMinutes(12));
        answers.add(down());
        assertEquals("A", p.current().accessKeyId(), "still valid: no error at all");
        assertEquals("A", p.current().accessKeyId());
        assertEquals(2, fetches, "no new attempt within the backoff");
        clock.advance(Duration.ofSeconds(6));
        answers.add(lasting(Duration.ofMinutes(15), "B"));
        assertEquals("B", p.current().accessKeyId());
    }

    @Test
    void afterExpiryAFailedRefreshIsTransientEvenIfTheCauseWasARefusal() {
        answers.add(lasting(Duration.ofMinutes(15), "A"));
        RefreshingCredentials p = new RefreshingCredentials("STS role x", fetch(), clock);
        p.current();
        clock.advance(Duration.ofMinutes(15));
        answers.add(new CredentialsException(CredentialsException.Kind.REFUSED, "STS refused AssumeRole", "check"));
        CredentialsException e = assertThrows(CredentialsException.class, p::current);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().startsWith("could not refresh the temporary credentials from STS role x"), e.getMessage());
    }

    @Test
    void aSourceThatNeverWorkedReportsItsFailureAsItIs() {
        answers.add(new CredentialsException(CredentialsException.Kind.REFUSED, "STS refused AssumeRole", "check"));
        RefreshingCredentials p = new RefreshingCredentials("test", fetch(), clock);
        assertEquals(CredentialsException.Kind.REFUSED, assertThrows(CredentialsException.class, p::current).kind());
    }

    @Test
    void backoffDoublesUpToTwoMinutes() {
        assertEquals(Duration.ofSeconds(5), RefreshingCredentials.backoff(1));
        assertEquals(Duration.ofSeconds(20), RefreshingCredentials.backoff(3));
        assertEquals(Duration.ofMinutes(2), RefreshingCredentials.backoff(9));
    }

    @Test
    void toStringShowsNoSecret() {
        String s = new Credentials("AKID", "S3CRET", "T0KEN", null, "x").toString();
        assertTrue(!s.contains("S3CRET") && !s.contains("T0KEN") && s.contains("AKID"), s);
    }
}
