package dev.omsteps.exporter;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.model.FleetReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps one context's {@link FleetReading} current: each refresh lists every project of the query
 * (one ListProjects page per 100 projects, a few at a time, no call per project), so the request rate
 * is pages ÷ interval whatever the scrape rate (plus a bounded few verification look-ups, {@link VerificationDifferences}). A failed refresh keeps the last good listing and
 * backs off — doubling the interval up to {@link #MAX_BACKOFF} — so a throttling gateway is given room.
 */
public final class FleetRefresher {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final String context;
    private final ProjectLister lister;
    private final ProjectQuery query;
    private final Duration interval;
    private final Clock clock;
    private final AtomicReference<FleetReading> reading;
    /** Looks up verification differences after each listing; null when they are not exported. */
    private final VerificationDifferences verification;
    private final Map<String, Long> errors = new HashMap<>();
    private int failuresInARow;
    private long refreshes;
    private long requests;

    public FleetRefresher(String context, ProjectLister lister, ProjectQuery query, Duration interval, Clock clock) {
        this(context, lister, query, interval, clock, null);
    }

    /** @param verification looks up each project's verification differences; null for none */
    public FleetRefresher(String context, ProjectLister lister, ProjectQuery query, Duration interval, Clock clock,
                          VerificationDifferences verification) {
        this.verification = verification;
        this.context = context;
        this.lister = lister;
        this.query = query;
        this.interval = interval;
        this.clock = clock;
        this.reading = new AtomicReference<>(FleetReading.empty(context));
    }

    public String context() {
        return context;
    }

    /** The latest reading; safe to read from any thread. */
    public FleetReading reading() {
        return reading.get();
    }

    /** Lists the projects once; returns how long to wait before the next refresh. */
    public Duration refresh() throws InterruptedException {
        Instant start = clock.instant();
        FleetReading last = reading.get();
        refreshes++;
        try {
            ProjectLister.Listing listing = lister.fetchAll(query);
            requests += listing.pagesFetched();
            failuresInARow = 0;
            Map<String, Long> differences = last.verificationDifferences();
            if (verification != null) {
                VerificationDifferences.Update u = verification.update(listing.projects());
                requests += u.calls();
                differences = u.differences();
            }
            Duration took = Duration.between(start, clock.instant());
            reading.set(new FleetReading(context, listing.projects(),
                    listing.fetchedAt() == null ? clock.instant() : listing.fetchedAt(), true, took, refreshes, requests,
                    errors, differences));
            return interval;
        } catch (ApiException | CredentialsException e) {
            // credentials that cannot be had (a metadata service down, a config to fix) fail a refresh like an API
            // error: the exporter keeps serving, with omsteps_up 0 and the error counted, and tries again later
            requests++;
            failuresInARow++;
            String kind = e instanceof ApiException api ? api.kind().name() : "credentials";
            errors.merge(kind.toLowerCase(Locale.ROOT), 1L, Long::sum);
            reading.set(new FleetReading(context, last.projects(), last.listedAt(), false,
                    Duration.between(start, clock.instant()), refreshes, requests, errors, last.verificationDifferences()));
            Duration backoff = interval.multipliedBy(1L << Math.min(failuresInARow, 10));
            backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? (interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF) : backoff;
            Duration hint = e instanceof ApiException api ? api.retryAfter() : null;
            return hint != null && hint.compareTo(backoff) > 0 ? hint : backoff; // a throttling gateway's own word first
        }
    }
}
