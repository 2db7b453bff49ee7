package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.watch.view.LogLinesView;
import dev.omsteps.time.Durations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The poll loop on a fake clock: every stop condition and exit code, no real sleeping. */
class WatcherTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    final FakeClock clock = new FakeClock(T0);
    final StringWriter log = new StringWriter();

    /** Answers from a script per project; the last answer repeats. */
    final class ScriptedClient implements OmsClient {
        final Map<String, Deque<Supplier<String>>> scripts = new HashMap<>();
        final List<Instant> pollTimes = new ArrayList<>();
        final Map<String, List<Instant>> pollTimesById = new HashMap<>();

        ScriptedClient then(String id, String... bodies) {
            for (String b : bodies) {
                scripts.computeIfAbsent(id, k -> new ArrayDeque<>()).add(() -> b);
            }
            return this;
        }

        ScriptedClient fail(String id, ApiException e) {
            scripts.computeIfAbsent(id, k -> new ArrayDeque<>()).add(() -> {
                throw e;
            });
            return this;
        }

        @Override
        public synchronized StepsResult describeProjectSteps(String id) {
            pollTimes.add(clock.instant());
            pollTimesById.computeIfAbsent(id, k -> new ArrayList<>()).add(clock.instant());
            Deque<Supplier<String>> q = scripts.get(id);
            Supplier<String> next = q.size() > 1 ? q.poll() : q.peek();
            byte[] body = next.get().getBytes(StandardCharsets.UTF_8);
            StepsSnapshot s = new ResponseParser().parseSteps(id, clock.instant(), body);
            return new StepsResult(s, body);
        }
    }

    static String steps(String... stepJson) {
        return "{\"Success\":true,\"Data\":[" + String.join(",", stepJson) + "]}";
    }

    static String step(int order, String name, String status, int progress) {
        return "{\"Order\":" + order + ",\"Name\":\"" + name + "\",\"Status\":\"" + status + "\",\"Progress\":" + progress + "}";
    }

    static String incr(String status, long lag) {
        return "{\"Order\":2,\"Name\":\"INCR_TRANSFER\",\"Status\":\"" + status + "\",\"Progress\":100,\"StepInfo\":"
                + "{\"incrTimestampCheckpoint\":" + (1764064800 - lag) + ",\"checkpointSampleTimestamp\":1764064800}}";
    }

    Outcome watch(ScriptedClient c, Duration timeout, int maxErrors, List<String> until, String... ids) {
        List<UntilCondition> conds = until.stream().map(UntilCondition::parse).toList();
        Watcher w = new Watcher(c, new WatchSettings(Duration.ofSeconds(5), timeout, maxErrors, new StopRules(conds), 10),
                clock, clock.sleeper(), new LogLinesView(new PrintWriter(log)));
        return w.run(List.of(ids));
    }

    static final ApiException THROTTLED = new ApiException(ApiException.Kind.THROTTLED, 400, "Throttling.User", "throttled", "wait", "r");
    static final ApiException DENIED = new ApiException(ApiException.Kind.AUTH, 404, "InvalidAccessKeyId.NotFound", "unknown key", "check", "r");

    @Test
    void allFinishedIsDoneAfterTheRunningOnesFinish() {
        ScriptedClient c = new ScriptedClient().then("np_a",
                steps(step(1, "PRE_CHECK", "RUNNING", 40)),
                steps(step(1, "PRE_CHECK", "RUNNING", 80)),
                steps(step(1, "PRE_CHECK", "FINISHED", 100)));
        assertEquals(Outcome.DONE, watch(c, null, 5, List.of(), "np_a"));
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(10)), c.pollTimes);
        String out = log.toString();
        assertTrue(out.contains("#1 Pre-check: 40% → 80%"), out);
        assertTrue(out.contains("#1 Pre-check: RUNNING → FINISHED 100%"), out);
        assertTrue(out.contains("(exit 0)"), out);
        assertTrue(!out.contains("\u001b"), "no escape codes in log lines");
    }

    @Test
    void aFailedStepExits1WithItsErrorPrinted() {
        ScriptedClient c = new ScriptedClient().then("np_a", steps("{\"Order\":1,\"Name\":\"PRE_CHECK\",\"Status\":\"FAILED\","
                + "\"ExtraInfo\":{\"ErrorDetails\":[{\"Code\":\"CM-PRECHECK-001\",\"Level\":\"ERROR\",\"Message\":\"Table {t} has no primary key\","
                + "\"ExtraContext\":{\"t\":\"orders\"},\"Proposal\":\"Add a primary key\"}]}}"));
        assertEquals(Outcome.FAILED, watch(c, null, 5, List.of(), "np_a"));
        assertEquals(1, Outcome.FAILED.exitCode());
        assertTrue(log.toString().contains("[CM-PRECHECK-001 ERROR] Table orders has no primary key"), log.toString());
        assertTrue(log.toString().contains("Proposal: Add a primary key"), log.toString());
    }

    @Test
    void suspendedExits5() {
        ScriptedClient c = new ScriptedClient().then("np_a", steps(step(1, "FULL_TRANSFER", "SUSPEND", 30)));
        assertEquals(Outcome.SUSPENDED, watch(c, null, 5, List.of(), "np_a"));
        assertEquals(5, Outcome.SUSPENDED.exitCode());
    }

    @Test
    void steadyMonitoringIsDone() {
        ScriptedClient c = new ScriptedClient().then("np_a", steps(step(1, "FULL_TRANSFER", "FINISHED", 100), incr("MONITORING", 3)));
        assertEquals(Outcome.DONE, watch(c, null, 5, List.of(), "np_a"));
    }

    @Test
    void timeoutExits4AtTheDeadline() {
        ScriptedClient c = new ScriptedClient().then("np_a", steps(step(1, "FULL_TRANSFER", "RUNNING", 30)));
        assertEquals(Outcome.TIMED_OUT, watch(c, Duration.ofSeconds(12), 5, List.of(), "np_a"));
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(12)), c.pollTimes);
        assertEquals(T0.plusSeconds(12), clock.instant());
    }

    @Test
    void authErrorsEndAtOnce() {
        ScriptedClient c = new ScriptedClient().fail("np_a", DENIED);
        assertEquals(Outcome.API_ERROR, watch(c, null, 5, List.of(), "np_a"));
        assertEquals(1, c.pollTimes.size());
    }

    @Test
    void transientErrorsBackOffAndRecover() {
        ScriptedClient c = new ScriptedClient().fail("np_a", THROTTLED).fail("np_a", THROTTLED)
                .then("np_a", steps(step(1, "PRE_CHECK", "FINISHED", 100)));
        assertEquals(Outcome.DONE, watch(c, null, 3, List.of(), "np_a"));
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(15)), c.pollTimes, "interval, then doubled");
        assertTrue(log.toString().contains("poll failed (2 in a row), retrying"), log.toString());
    }

    @Test
    void tooManyTransientErrorsInARowExit3() {
        ScriptedClient c = new ScriptedClient().fail("np_a", THROTTLED);
        assertEquals(Outcome.API_ERROR, watch(c, null, 3, List.of(), "np_a"));
        assertEquals(3, c.pollTimes.size());
    }

    @Test
    void untilConditions() {
        ScriptedClient c = new ScriptedClient().then("np_a",
                steps(step(1, "FULL_TRANSFER", "RUNNING", 20)), steps(step(1, "FULL_TRANSFER", "RUNNING", 55)));
        assertEquals(Outcome.DONE, watch(c, null, 5, List.of("FULL_TRANSFER>=50"), "np_a"));
        assertEquals(2, c.pollTimes.size());
        assertTrue(log.toString().contains("condition met: FULL_TRANSFER>=50"), log.toString());

        ScriptedClient lag = new ScriptedClient().then("np_b", steps(incr("RUNNING", 60)), steps(incr("RUNNING", 30)), steps(incr("RUNNING", 4)));
        assertEquals(Outcome.DONE, watch(lag, null, 5, List.of("lag<10s"), "np_b"));
        assertEquals(3, lag.pollTimes.size());

        ScriptedClient status = new ScriptedClient().then("np_c",
                steps(step(1, "PRE_CHECK", "RUNNING", 10), step(2, "FULL_TRANSFER", "INIT", 0)),
                steps(step(1, "PRE_CHECK", "FINISHED", 100), step(2, "FULL_TRANSFER", "INIT", 0)));
        assertEquals(Outcome.DONE, watch(status, null, 5, List.of("pre-check=finished"), "np_c"));
        assertEquals(2, status.pollTimes.size());
    }

    @Test
    void severalProjectsTheWorstOutcomeWins() {
        ScriptedClient c = new ScriptedClient()
                .then("np_ok", steps(step(1, "PRE_CHECK", "FINISHED", 100)))
                .then("np_sus", steps(step(1, "PRE_CHECK", "RUNNING", 10)), steps(step(1, "PRE_CHECK", "SUSPEND", 10)))
                .then("np_run", steps(step(1, "PRE_CHECK", "RUNNING", 10)));
        assertEquals(Outcome.TIMED_OUT.exitCode(), 4);
        Outcome o = watch(c, Duration.ofSeconds(20), 5, List.of(), "np_ok", "np_sus", "np_run");
        assertEquals(Outcome.SUSPENDED, o, "suspended (5) is worse than timed out (4)");
    }

    @Test
    void oneProjectBackingOffDelaysNoOther() {
        ScriptedClient c = new ScriptedClient().fail("np_bad", THROTTLED)
                .then("np_ok", steps(step(1, "FULL_TRANSFER", "RUNNING", 30)));
        assertEquals(Outcome.TIMED_OUT, watch(c, Duration.ofSeconds(20), 100, List.of(), "np_bad", "np_ok"));
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(15), T0.plusSeconds(20)),
                c.pollTimesById.get("np_ok"), "the healthy project keeps its 5 s interval");
        assertEquals(List.of(T0, T0.plusSeconds(5), T0.plusSeconds(15), T0.plusSeconds(20)),
                c.pollTimesById.get("np_bad"), "the throttled one backs off 5 s, 10 s, then its last poll at the deadline");
    }

    @Test
    void trendsRefineTheEtaFromTheObservedRate() {
        TrendTracker t = new TrendTracker(3);
        ResponseParser p = new ResponseParser();
        for (int i = 0; i < 5; i++) {
            String body = steps("{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"StepInfo\":{\"processedRecords\":"
                    + (1_000_000 + i * 10_000) + ",\"capacity\":2000000,\"dstRps\":99999}}");
            t.add(p.parseSteps("np", T0.plusSeconds(10L * i), body.getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(1000.0, t.observedRps(), 0.001);
        assertEquals(3, t.rpsHistory().size(), "the window is bounded");

        String verifier = steps("{\"Order\":2,\"Name\":\"FULL_VERIFIER\",\"Status\":\"RUNNING\",\"StepInfo\":{\"processedRecords\":10,\"capacity\":2000000,\"dstRps\":5}}");
        t.add(p.parseSteps("np", T0.plusSeconds(60), verifier.getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, t.observedRps(), "a new copy step starts a new window");

        TrendTracker gap = new TrendTracker(10);
        String migration = "{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"%s\",\"StepInfo\":{\"processedRecords\":%d,\"capacity\":2000000}}";
        String verification = "{\"Order\":2,\"Name\":\"FULL_VERIFIER\",\"Status\":\"%s\",\"StepInfo\":{\"processedRecords\":%d,\"capacity\":2000000}}";
        String[] polls = {
            steps(String.format(migration, "RUNNING", 1_000_000), String.format(verification, "INIT", 0)),
            steps(String.format(migration, "FINISHED", 2_000_000), String.format(verification, "INIT", 0)),
            steps(String.format(migration, "FINISHED", 2_000_000), String.format(verification, "RUNNING", 1_000)),
            steps(String.format(migration, "FINISHED", 2_000_000), String.format(verification, "RUNNING", 11_000))};
        for (int i = 0; i < polls.length; i++) {
            gap.add(p.parseSteps("np", T0.plusSeconds(10L * i), polls[i].getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(2, gap.trackedStep());
        assertEquals(1000.0, gap.observedRps(), 0.001, "only the verification's own polls, across a poll with no copy running");
    }

    @Test
    void durationsParseAndRefuseNonsense() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofSeconds(7), Durations.parse("7"));
        for (String bad : new String[] {"", "-5m", "5x", "m", "1.5s", "5 s"}) {
            try {
                Durations.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("not a duration"));
            }
        }
    }
}
