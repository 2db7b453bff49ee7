package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiException;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-project trackers both loops share: what they tell a listener, and how a watch ends its projects. */
class ProjectTrackersTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    final FakeClock clock = new FakeClock(T0);
    final List<String> events = new ArrayList<>();

    /** Writes each event as one short line, so a test can compare the whole sequence. */
    final WatchListener recorder = new WatchListener() {
        @Override
        public void onSnapshot(String id, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
            events.add("snapshot " + id + " changes=" + changes.size());
        }

        @Override
        public void onPollError(String id, ApiException e, int consecutive, boolean willRetry, Instant at) {
            events.add("error " + id + " " + consecutive + (willRetry ? " retry" : " fatal"));
        }

        @Override
        public void onProjectDone(String id, Outcome o, String reason, Instant at) {
            events.add("done " + id + " " + o + ": " + reason);
        }

        @Override
        public void onDone(Outcome o, Map<String, Outcome> per, Instant at) {
            events.add("end " + o + " " + per);
        }
    };

    ProjectTrackers trackers(int maxErrors) {
        return new ProjectTrackers(new WatchSettings(Duration.ofSeconds(5), null, maxErrors, new StopRules(List.of()), 10), clock, recorder);
    }

    static StepsSnapshot snapshot(String id, String status) {
        String body = "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"" + status + "\",\"Progress\":50}]}";
        return new ResponseParser().parseSteps(id, T0, body.getBytes(StandardCharsets.UTF_8));
    }

    /** One answer for a project, then the verdict on it. */
    static void answer(ProjectTrackers t, String id, String status, Optional<Outcome> verdict) {
        t.get(id).answered(snapshot(id, status));
        t.get(id).judge(verdict);
    }

    static final ApiException THROTTLED = new ApiException(ApiException.Kind.THROTTLED, 400, "Throttling.User", "throttled", "wait", "r");

    @Test
    void anOutcomeIsToldOnceAndAgainOnlyAfterTheProjectResumed() {
        ProjectTrackers t = trackers(5);
        t.watch(List.of("np_a"));
        ProjectTracker a = t.get("np_a");
        for (String status : new String[] {"SUSPEND", "SUSPEND", "RUNNING", "SUSPEND"}) {
            a.answered(snapshot("np_a", status));
            a.judge(new StopRules(List.of()).evaluate(a.last()));
        }
        assertEquals(List.of(
                "snapshot np_a changes=0",
                "done np_a SUSPENDED: the project is suspended",
                "snapshot np_a changes=0",
                "snapshot np_a changes=1",
                "snapshot np_a changes=1",
                "done np_a SUSPENDED: the project is suspended"), events);
        assertEquals("SUSPEND", a.last().steps().get(0).status().raw());
    }

    @Test
    void endingEarlyEndsOnlyTheProjectsStillGoingAndTheWatchIsNoBetter() {
        ProjectTrackers t = trackers(5);
        t.watch(List.of("np_ok", "np_run"));
        answer(t, "np_ok", "FINISHED", Optional.of(Outcome.DONE));
        answer(t, "np_run", "RUNNING", Optional.empty());
        events.clear();
        t.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(Duration.ofMinutes(30)));
        assertEquals(Outcome.TIMED_OUT, t.done());
        assertEquals(List.of("done np_run TIMED_OUT: timed out after 30m00s", "end TIMED_OUT {np_ok=DONE, np_run=TIMED_OUT}"), events);
    }

    @Test
    void aWatchWithNothingListedStillEndsAsItWasCut() {
        ProjectTrackers t = trackers(5);
        t.watch(List.of());
        t.endOpen(Outcome.TIMED_OUT, StopRules.timedOut(Duration.ofSeconds(12)));
        assertEquals(Outcome.TIMED_OUT, t.done());
        assertEquals(List.of("end TIMED_OUT {}"), events);
    }

    @Test
    void abandoningGivesTheOpenProjectsTheOutcomeWithoutAWordEach() {
        ProjectTrackers t = trackers(5);
        t.watch(List.of("np_a", "np_b"));
        answer(t, "np_a", "FAILED", Optional.of(Outcome.FAILED));
        events.clear();
        t.abandon(Outcome.API_ERROR);
        assertEquals(Outcome.API_ERROR, t.done(), "an API error is worse than a failed step");
        assertEquals(List.of("end API_ERROR {np_a=FAILED, np_b=API_ERROR}"), events);
    }

    @Test
    void transientErrorsAreRetriedUpToTheLimitAndAnAnswerResetsTheCount() {
        ProjectTrackers t = trackers(2);
        t.watch(List.of("np_a"));
        ProjectTracker a = t.get("np_a");
        assertTrue(a.failed(THROTTLED));
        a.answered(snapshot("np_a", "RUNNING"));
        assertEquals(0, a.errorsInARow());
        assertTrue(a.failed(THROTTLED));
        assertFalse(a.failed(THROTTLED));
        assertEquals(Outcome.API_ERROR, a.outcome());
        assertEquals(List.of("error np_a 1 retry", "snapshot np_a changes=0", "error np_a 1 retry", "error np_a 2 fatal",
                "done np_a API_ERROR: throttled"), events);
    }

    @Test
    void aProjectOffTheListForgetsHowItEndedButNotItsHistory() {
        ProjectTrackers t = trackers(5);
        t.watch(List.of("np_a", "np_b"));
        answer(t, "np_a", "SUSPEND", Optional.of(Outcome.SUSPENDED));
        t.watch(List.of("np_b"));
        assertFalse(t.get("np_a").ended());
        assertFalse(t.allEnded());
        t.watch(List.of("np_a", "np_b"));
        t.get("np_a").answered(snapshot("np_a", "RUNNING"));
        assertEquals("snapshot np_a changes=1", events.get(events.size() - 1), "the diff is against the snapshot before it left");
    }

    @Test
    void severalListenersFollowOneWatchInOrder() {
        List<String> order = new ArrayList<>();
        WatchListener first = new WatchListener() {
            @Override
            public void onDone(Outcome o, Map<String, Outcome> per, Instant at) {
                order.add("first");
            }
        };
        WatchListener second = new WatchListener() {
            @Override
            public void onDone(Outcome o, Map<String, Outcome> per, Instant at) {
                order.add("second");
            }
        };
        WatchListeners.of(first, second).onDone(Outcome.DONE, Map.of(), T0);
        assertEquals(List.of("first", "second"), order);

        FatalErrors fatal = new FatalErrors();
        WatchListeners.of(recorder, fatal).onPollError("np_a", THROTTLED, 5, false, T0);
        WatchListeners.of(recorder, fatal).onPollError("np_b", THROTTLED, 1, true, T0);
        assertEquals(List.of("np_a"), List.copyOf(fatal.fatal().keySet()), "only the error that ended a watch");
    }
}
