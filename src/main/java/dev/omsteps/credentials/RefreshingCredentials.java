package dev.omsteps.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Temporary credentials, cached for their lifetime and fetched again before they expire: a quarter of
 * their lifetime before, at most 15 minutes before (the official libraries' stale time), so an hour's
 * token is renewed after 45 minutes and a 15-minute one after about 11.
 * <p>
 * A failed refresh while the cached credentials still hold is not an error at all: they are used and the
 * refresh is tried again after a backoff. Once they have run out, the failure is reported as transient
 * (a watch shows it and polls on), because this source has worked before. A source that has never worked
 * reports its failure as it is: that is the user's setup to fix.
 */
public final class RefreshingCredentials implements CredentialsProvider {

    static final Duration MAX_MARGIN = Duration.ofMinutes(15);
    /** Credentials this close to their expiry are not sent: the server's clock may be ahead of ours. */
    static final Duration SAFETY = Duration.ofSeconds(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(2);

    private final String source;
    private final Supplier<Credentials> fetch;
    private final Clock clock;
    private Credentials cached;
    private Instant refreshAt;
    private Instant retryAt;
    private int failures;

    public RefreshingCredentials(String source, Supplier<Credentials> fetch, Clock clock) {
        this.source = source;
        this.fetch = fetch;
        this.clock = clock;
    }

    @Override
    public synchronized Credentials current() {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(refreshAt)) {
            return cached;
        }
        if (cached != null && retryAt != null && now.isBefore(retryAt) && stillValid(now)) {
            return cached;
        }
        try {
            Credentials fresh = fetch.get();
            cached = fresh;
            refreshAt = refreshTime(now, fresh.expiration());
            retryAt = null;
            failures = 0;
            return fresh;
        } catch (CredentialsException e) {
            if (cached == null) {
                throw e;
            }
            failures++;
            retryAt = now.plus(backoff(failures));
            if (stillValid(now)) {
                return cached;
            }
            throw e.asRefreshFailure(source);
        }
    }

    private boolean stillValid(Instant now) {
        return cached.expiration() == null || now.isBefore(cached.expiration().minus(SAFETY));
    }

    static Instant refreshTime(Instant now, Instant expiration) {
        if (expiration == null) {
            return Instant.MAX;
        }
        Duration lifetime = Duration.between(now, expiration);
        if (lifetime.isNegative()) {
            return now;
        }
        Duration margin = lifetime.dividedBy(4);
        return expiration.minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
    }

    static Duration backoff(int failures) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isTemporary() {
        return true;
    }
}
