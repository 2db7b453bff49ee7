package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.watch.view.LogLinesView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dashboard's loop on a fake clock, and the page fetcher's bound on requests in flight. */
class DashboardWatcherTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    final FakeClock clock = new FakeClock(T0);

    static String page(int total, String... projects) {
        return "{\"Success\":true,\"TotalCount\":" + total + ",\"Data\":[" + String.join(",", projects) + "]}";
    }

    static String project(String id, String stepStatus) {
        return "{\"Id\":\"" + id + "\",\"Status\":\"RUNNING\",\"Steps\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\""
                + stepStatus + "\",\"Progress\":50}]}";
    }

    /** A script entry for credentials the gateway refuses (an error not worth retrying). */
    static final String REFUSED = "refused";

    /** One page, answered from a script (the last answer repeats); a null entry throws a throttling error. */
    final class ScriptedPages implements OmsClient {
        final List<String> script = new ArrayList<>();
        final List<Instant> calls = new ArrayList<>();

        @Override
        public StepsResult describeProjectSteps(String projectId) {
            throw new AssertionError("the dashboard must not call DescribeProjectSteps");
        }

        @Override
        public synchronized ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
            calls.add(clock.instant());
            String body = script.size() > 1 ? script.remove(0) : script.get(0);
            if (body == null) {
                throw new ApiException(ApiException.Kind.THROTTLED, 400, "Throttling.User", "throttled", "retry", null);
            }
            if (body.equals(REFUSED)) {
                throw new ApiException(ApiException.Kind.AUTH, 401, "InvalidAccessKeyId.NotFound", "Specified access key is not found.",
                        "check the AccessKey ID", null);
            }
            ResponseParser p = new ResponseParser();
            return p.parseProjects(clock.instant(), p.readTree(body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    Outcome run(ScriptedPages client, Duration timeout, int maxErrors, StringWriter out) {
        WatchSettings s = new WatchSettings(Duration.ofSeconds(5), timeout, maxErrors, new StopRules(List.of()), 10);
        try (ProjectLister lister = new ProjectLister(client, 100, 4)) {
            return new DashboardWatcher(lister, ProjectQuery.ALL, s, clock, clock.sleeper(), new LogLinesView(new PrintWriter(out)))
                    .run();
        }
    }

    @Test
    void throttlingBacksOffThenTheWatchGoesOnToTheEnd() {
        ScriptedPages c = new ScriptedPages();
        c.script.add(page(2, project("np_a", "RUNNING"), project("np_b", "FINISHED")));
        c.script.add(null);
        c.script.add(null);
        c.script.add(page(2, project("np_a", "FINISHED"), project("np_b", "FINISHED")));
        StringWriter out = new StringWriter();
        assertEquals(Outcome.DONE, run(c, null, 5, out));
        assertEquals(4, c.calls.size());
        // 5 s interval, then backoff 5 s and 10 s
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(20)), c.calls);
        assertTrue(out.toString().contains("ListProjects  poll failed"), out.toString());
        assertTrue(out.toString().contains("RUNNING → FINISHED"), out.toString());
    }

    @Test
    void tooManyErrorsInARowIsAnApiError() {
        ScriptedPages c = new ScriptedPages();
        c.script.add(page(1, project("np_a", "RUNNING")));
        c.script.add(null);
        assertEquals(Outcome.API_ERROR, run(c, null, 3, new StringWriter()));
        assertEquals(4, c.calls.size());
    }

    @Test
    void timeoutWithAFailedProjectIsStillAFailure() {
        ScriptedPages c = new ScriptedPages();
        c.script.add(page(2, project("np_a", "RUNNING"), project("np_b", "FAILED")));
        assertEquals(Outcome.FAILED, run(c, Duration.ofSeconds(12), 5, new StringWriter()));
        ScriptedPages d = new ScriptedPages();
        d.script.add(page(1, project("np_a", "RUNNING")));
        assertEquals(Outcome.TIMED_OUT, run(d, Duration.ofSeconds(12), 5, new StringWriter()));
    }

    @Test
    void pagesAreFetchedWithABoundOnRequestsInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        CountDownLatch crowd = new CountDownLatch(4);
        OmsClient slow = new OmsClient() {
            @Override
            public StepsResult describeProjectSteps(String projectId) {
                throw new AssertionError();
            }

            @Override
            public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
                max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    if (pageNumber > 1) {
                        crowd.countDown();
                        // hold until four are in flight at once (or give up), so the bound is really tested
                        crowd.await(2, TimeUnit.SECONDS);
                    }
                    List<ProjectSummary> ps = new ArrayList<>();
                    for (int i = 0; i < pageSize; i++) {
                        int n = (pageNumber - 1) * pageSize + i;
                        if (n < 95) {
                            ps.add(new ProjectSummary("np_" + n, null, null, "RUNNING", null, null, null, null, null, null,
                                    List.of(), null, null, null, T0));
                        }
                    }
                    return new ProjectsPage(pageNumber, pageSize, 95, null, T0, ps);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        try (ProjectLister lister = new ProjectLister(slow, 5, 4)) {
            ProjectLister.Listing all = lister.fetchAll(ProjectQuery.ALL);
            assertEquals(95, all.projects().size());
            assertEquals(19, all.pagesFetched());
        }
        assertEquals(4, max.get());
    }

    @Test
    void severalContextsInOneWatchEachProjectLabelledWithItsContextEvenWhenIdsCollide() {
        ScriptedPages prod = new ScriptedPages();
        prod.script.add(page(1, project("np_a", "RUNNING")));
        prod.script.add(page(1, project("np_a", "FAILED")));
        ScriptedPages onprem = new ScriptedPages();
        onprem.script.add(page(1, project("np_a", "FINISHED")));
        StringWriter ndjson = new StringWriter();
        List<String> shown = new ArrayList<>();
        WatchListener dashboard = new WatchListener() {
            @Override
            public void onProjects(List<ProjectSummary> projects, Instant at) {
                projects.forEach(p -> shown.add(p.displayName()));
            }
        };
        WatchSettings s = new WatchSettings(Duration.ofSeconds(5), null, 3, new StopRules(List.of()), 10);
        Outcome o;
        try (ProjectLister a = new ProjectLister(prod, 100, 4); ProjectLister b = new ProjectLister(onprem, 100, 4)) {
            o = new DashboardWatcher(List.of(new DashboardWatcher.Source("prod", a), new DashboardWatcher.Source("onprem", b)),
                    ProjectQuery.ALL, s, clock, clock.sleeper(),
                    WatchListeners.of(new dev.omsteps.watch.view.NdjsonView(new PrintWriter(ndjson)), dashboard)).run();
        }
        assertEquals(Outcome.FAILED, o);
        assertEquals(List.of("prod/np_a", "onprem/np_a"), shown.subList(0, 2), "one line each, named with its context");
        String events = ndjson.toString();
        assertTrue(events.contains("\"event\":\"project-done\",\"at\":\"2026-11-25T10:00:00Z\",\"projectId\":\"np_a\",\"context\":\"onprem\""),
                events);
        assertTrue(events.contains("\"projectId\":\"np_a\",\"context\":\"prod\",\"outcome\":\"failed\""), events);
        assertTrue(events.contains("\"projects\":{\"prod/np_a\":1,\"onprem/np_a\":0}"), events);
    }

    /** Two contexts, each with its own script; ndjson events and the calls of each are kept. */
    final class TwoContexts {
        final ScriptedPages prod = new ScriptedPages();
        final ScriptedPages onprem = new ScriptedPages();
        final StringWriter ndjson = new StringWriter();
        final List<String> shown = new ArrayList<>();

        Outcome run(int maxErrors) {
            WatchListener dashboard = new WatchListener() {
                @Override
                public void onProjects(List<ProjectSummary> projects, Instant at) {
                    shown.clear();
                    projects.forEach(p -> shown.add(p.displayName()));
                }
            };
            WatchSettings s = new WatchSettings(Duration.ofSeconds(5), Duration.ofMinutes(10), maxErrors, new StopRules(List.of()), 10);
            try (ProjectLister a = new ProjectLister(prod, 100, 4); ProjectLister b = new ProjectLister(onprem, 100, 4)) {
                return new DashboardWatcher(List.of(new DashboardWatcher.Source("prod", a), new DashboardWatcher.Source("onprem", b)),
                        ProjectQuery.ALL, s, clock, clock.sleeper(),
                        WatchListeners.of(new dev.omsteps.watch.view.NdjsonView(new PrintWriter(ndjson)), dashboard)).run();
            }
        }

        List<String> events() {
            return ndjson.toString().lines().toList();
        }
    }

    @Test
    void aContextThatFailsTooOftenGivesUpAloneAndTheOthersAreWatchedToTheirEnd() {
        TwoContexts t = new TwoContexts();
        t.prod.script.addAll(java.util.Collections.nCopies(6, page(1, project("np_a", "RUNNING"))));
        t.prod.script.add(page(1, project("np_a", "FINISHED")));
        t.onprem.script.add(page(1, project("np_b", "RUNNING")));
        t.onprem.script.add(null); // throttled from now on
        Outcome o = t.run(3);

        assertEquals(Outcome.API_ERROR, o, "a context that gave up makes the watch an API error (exit 3)");
        assertEquals(7, t.prod.calls.size(), "prod is watched until its project finishes");
        assertEquals(4, t.onprem.calls.size(), "onprem: one listing, then 3 failures in a row, then no more calls");
        List<String> events = t.events();
        String gaveUp = events.stream().filter(l -> l.contains("\"event\":\"context-gave-up\"")).findFirst().orElseThrow();
        assertTrue(gaveUp.contains("\"context\":\"onprem\"") && gaveUp.contains("\"exitCode\":3"), gaveUp);
        assertEquals(1, events.stream().filter(l -> l.contains("context-gave-up")).count(), "said once");
        assertTrue(events.stream().anyMatch(l -> l.contains("\"projectId\":\"np_b\",\"context\":\"onprem\",\"outcome\":\"api-error\"")),
                String.join("\n", events));
        assertTrue(events.stream().anyMatch(l -> l.contains("\"projectId\":\"np_a\",\"context\":\"prod\",\"outcome\":\"done\"")),
                String.join("\n", events));
        String done = events.get(events.size() - 1);
        assertTrue(done.contains("\"event\":\"done\"") && done.contains("\"exitCode\":3")
                && done.contains("\"prod/np_a\":0") && done.contains("\"onprem/np_b\":3"), done);
        assertTrue(t.shown.contains("onprem/np_b"), "its projects stay on the dashboard as last listed: " + t.shown);
    }

    @Test
    void refusedCredentialsGiveUpAContextAtOnceWithoutSlowingTheOther() {
        TwoContexts t = new TwoContexts();
        t.prod.script.add(page(1, project("np_a", "RUNNING")));
        t.prod.script.add(page(1, project("np_a", "RUNNING")));
        t.prod.script.add(page(1, project("np_a", "FINISHED")));
        t.onprem.script.add(REFUSED);
        assertEquals(Outcome.API_ERROR, t.run(5));
        assertEquals(1, t.onprem.calls.size(), "refused credentials are not retried");
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(10)), t.prod.calls);
        assertTrue(t.events().stream().anyMatch(l -> l.contains("context-gave-up") && l.contains("\"kind\":\"auth\"")
                && l.contains("\"context\":\"onprem\"")), t.ndjson.toString());
    }

    @Test
    void eachContextKeepsItsOwnPaceWhileAnotherBacksOff() {
        TwoContexts t = new TwoContexts();
        t.prod.script.addAll(java.util.Collections.nCopies(8, page(1, project("np_a", "RUNNING"))));
        t.prod.script.add(page(1, project("np_a", "FINISHED")));
        t.onprem.script.add(null);
        t.onprem.script.add(null);
        t.onprem.script.add(null);
        t.onprem.script.add(page(1, project("np_b", "FINISHED")));
        assertEquals(Outcome.DONE, t.run(5), "onprem recovered: nothing gave up");
        // prod every 5 s, as if onprem were not there
        List<Instant> every5s = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            every5s.add(T0.plusSeconds(5L * i));
        }
        assertEquals(every5s, t.prod.calls);
        // onprem backs off alone: 5 s, 10 s, 20 s, then its own 5 s again
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(15), T0.plusSeconds(35), T0.plusSeconds(40)), t.onprem.calls);
        assertTrue(t.events().stream().noneMatch(l -> l.contains("context-gave-up")), t.ndjson.toString());
    }
}
