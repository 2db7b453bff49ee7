package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.testing.Captures;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.watch.view.LogLinesView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a watch ends on answers captured from real OMS ({@code src/test/resources/captures}): at "ready for switchover",
 * never on a stale lag, and after a failure only once it has outlasted {@code --fail-grace}. Fake clock, no sleeping.
 */
class RealOmsWatchTest {

    final FakeClock clock = new FakeClock(Instant.ofEpochSecond(Captures.ODC_CHECKPOINT).plusSeconds(10));
    final StringWriter log = new StringWriter();

    /** The given answers in turn, the last one again and again. */
    final class Answers implements OmsClient {
        final Deque<String> bodies;

        Answers(String... bodies) {
            this.bodies = new ArrayDeque<>(List.of(bodies));
        }

        @Override
        public StepsResult describeProjectSteps(String id) {
            String b = bodies.size() > 1 ? bodies.poll() : bodies.peek();
            byte[] body = b.getBytes(StandardCharsets.UTF_8);
            return new StepsResult(new ResponseParser().parseSteps(id, clock.instant(), body), body);
        }
    }

    Outcome watch(OmsClient c, StopRules rules, Duration timeout) {
        WatchSettings ws = new WatchSettings(Duration.ofSeconds(5), timeout, 5, rules, 10);
        return new Watcher(c, ws, clock, clock.sleeper(), new LogLinesView(new PrintWriter(log))).run(List.of("np_odc"));
    }

    static StopRules rules(List<String> until, Duration failGrace, boolean throughSwitchover) {
        return new StopRules(until.stream().map(UntilCondition::parse).toList(), ProjectStage.DEFAULT_LAGGING_FROM,
                failGrace, throughSwitchover);
    }

    @Test
    void aVerifiedMigrationWithItsSwitchoverWaitingEndsTheWatchByItself() {
        Outcome o = watch(new Answers(Captures.odcStepsAnswer()), rules(List.of(), Duration.ZERO, false), Duration.ofHours(1));
        assertEquals(Outcome.READY_FOR_SWITCHOVER, o);
        assertEquals(0, o.exitCode());
        String last = log.toString().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.contains("ready for switchover") && last.contains("TRANSFER_APP_SWITCH")
                && last.contains("waits for you"), "the final line names the switchover: " + last);
    }

    @Test
    void throughTheSwitchoverKeepsWatchingUntilItHasRun() {
        String waiting = Captures.odcStepsAnswer();
        String switched = waiting.replace("\"status\": \"INIT\"", "\"status\": \"FINISHED\"")
                .replace("\"progress\": 0,", "\"progress\": 100,")
                .replace("\"status\": \"MONITORING\"", "\"status\": \"FINISHED\"")
                .replace("\"status\": \"RUNNING\"", "\"status\": \"FINISHED\"");
        Outcome o = watch(new Answers(waiting, waiting, waiting, switched), rules(List.of(), Duration.ZERO, true),
                Duration.ofHours(1));
        assertEquals(Outcome.DONE, o);
        assertTrue(log.toString().contains("all steps finished"), log.toString());
    }

    @Test
    void aThreeHourOldSampleNeverSatisfiesLagUnder10s() {
        clock.advance(Duration.ofHours(3));
        Outcome o = watch(new Answers(Captures.odcStepsAnswer()), rules(List.of("lag<10s"), Duration.ZERO, false),
                Duration.ofMinutes(1));
        assertEquals(Outcome.TIMED_OUT, o, "a stale lag is not met, and lagging sync is not ready: " + log);
        assertFalse(log.toString().contains("ready for switchover"), log.toString());
    }

    @Test
    void aFailureOmsRetriesWithinTheGraceDoesNotEndTheWatch() {
        String waiting = Captures.odcStepsAnswer();
        String failed = waiting.replaceFirst("\"status\": \"FINISHED\",\n        \"extraInfo\": \\{\n            \"errorDetails\": null,\n"
                + "            \"errorCode\": null,\n            \"errorMsg\": null,\n            \"errorParam\": null,\n"
                + "            \"failedTime\": null\n        },\n        \"startTime\": \"2023-05-31T04:08:42\"",
                "\"status\": \"FAILED\", \"extraInfo\": {\"errorCode\": \"INNER_ERROR\", \"errorMsg\": \"retrying\"},"
                        + " \"startTime\": \"2023-05-31T04:08:42\"");
        assertTrue(failed.contains("\"FAILED\""), "the full migration failed in this copy");
        // failed for two polls (5 s), then OMS retried it: with a 1-minute grace the watch goes on to ready
        Outcome o = watch(new Answers(failed, failed, waiting), rules(List.of(), Duration.ofMinutes(1), false),
                Duration.ofHours(1));
        assertEquals(Outcome.READY_FOR_SWITCHOVER, o, log.toString());
        assertTrue(log.toString().contains("FAILED"), "the failure was shown when it happened: " + log);

        // still failed after the grace: the watch ends as failed
        log.getBuffer().setLength(0);
        assertEquals(Outcome.FAILED, watch(new Answers(failed), rules(List.of(), Duration.ofMinutes(1), false),
                Duration.ofHours(1)));
        // without a grace it ends at once, as before
        assertEquals(Outcome.FAILED, watch(new Answers(failed), rules(List.of(), Duration.ZERO, false), Duration.ofHours(1)));
    }
}
