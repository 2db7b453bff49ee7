package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.Component;
import dev.omsteps.model.ComponentKind;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricPoint;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.MetricSeries;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A watch's deeper looks: the opening trend from the server, components when a step stalls or fails. */
class StepInspectionTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    final FakeClock clock = new FakeClock(T0);

    /** Incremental sync still catching up (RUNNING at 99), whose checkpoint stops moving after the third poll; the server's history says 4..8 s. */
    final class FrozenSync implements OmsClient {
        int polls;
        int componentCalls;
        boolean metricsRefused;

        @Override
        public StepsResult describeProjectSteps(String id) {
            polls++;
            long sample = clock.instant().getEpochSecond();
            long checkpoint = polls <= 3 ? sample - 2 : T0.getEpochSecond() + 20;
            String body = "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"INCR_TRANSFER\",\"Status\":\"RUNNING\","
                    + "\"Progress\":99,\"StepInfo\":{\"incrTimestampCheckpoint\":" + checkpoint
                    + ",\"checkpointSampleTimestamp\":" + sample + "}}]}";
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            return new StepsResult(new ResponseParser().parseSteps(id, clock.instant(), b), b);
        }

        @Override
        public ProjectComponents describeProjectComponents(String id) {
            componentCalls++;
            return new ProjectComponents(id, clock.instant(), null, List.of(
                    new Component(ComponentKind.INCR_SYNC, "sync-1", null, null, "EXCEPTION", 600L, 0L, null, null, null, null, List.of()),
                    new Component(ComponentKind.FULL_IMPORT, "full-1", null, null, "FINISHED", null, null, null, null, null, 100, List.of())));
        }

        @Override
        public MetricHistory describeProjectStepMetric(MetricQuery q) {
            if (metricsRefused) {
                throw new ApiException(ApiException.Kind.PERMISSION, 403, "Forbidden.RAM", "no", "grant it", null);
            }
            List<MetricPoint> points = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                points.add(new MetricPoint(q.begin().plusSeconds(600L * i), 4 + i));
            }
            return new MetricHistory(q, clock.instant(), null, "AVG", null, List.of(new MetricSeries("lag", Map.of(), points)));
        }
    }

    final class Recorder implements WatchListener {
        final List<String> events = new ArrayList<>();
        List<Long> firstLag;

        @Override
        public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
            if (firstLag == null) {
                firstLag = trend.lagHistory();
            }
        }

        @Override
        public void onComponents(String projectId, String stepName, String reason, List<Component> components, Instant at) {
            events.add(stepName + " " + reason + " " + components.stream().map(Component::name).toList());
        }
    }

    Outcome watch(FrozenSync client, Recorder r, int polls) {
        WatchSettings ws = new WatchSettings(Duration.ofMinutes(1), null, 5, new StopRules(List.of()), TrendTracker.DEFAULT_WINDOW, polls);
        return new Watcher(client, ws, clock, clock.sleeper(), r, new StepInspector(client, clock, 30), Duration.ofMinutes(5))
                .run(List.of("np_x"));
    }

    @Test
    void opensWithTheServersTrendAndNamesTheComponentsOfAStalledStepOnce() {
        FrozenSync client = new FrozenSync();
        Recorder r = new Recorder();
        watch(client, r, 15);
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 2L), r.firstLag, "the server's hour, then the first poll");
        // the checkpoint froze at poll 4 (minute 3); five minutes later the step counts as stalled, once
        assertEquals(List.of("INCR_TRANSFER no progress for 5m [sync-1]"), r.events);
        assertEquals(1, client.componentCalls);
    }

    @Test
    void aRefusedLookIsNoReasonToStop() {
        FrozenSync client = new FrozenSync();
        client.metricsRefused = true;
        Recorder r = new Recorder();
        assertEquals(Outcome.TIMED_OUT, watch(client, r, 3));
        assertEquals(List.of(2L), r.firstLag);
    }

    @Test
    void seededHistoryMakesRoomForLivePolls() {
        TrendTracker t = new TrendTracker(3);
        t.seed(List.of(1L, 2L, 3L), List.of());
        assertEquals(List.of(1L, 2L, 3L), t.lagHistory());
        StepsSnapshot s = new ResponseParser().parseSteps("p", T0, ("{\"Data\":[{\"Order\":1,\"Name\":\"INCR_TRANSFER\","
                + "\"Status\":\"MONITORING\",\"Progress\":100,\"StepInfo\":{\"incrTimestampCheckpoint\":" + (T0.getEpochSecond() - 9) + ","
                + "\"checkpointSampleTimestamp\":" + (T0.getEpochSecond() - 2) + "}}]}").getBytes(StandardCharsets.UTF_8));
        t.add(s);
        assertEquals(List.of(2L, 3L, 9L), t.lagHistory(), "the lag every view shows: fetch time − checkpoint");
    }

    @Test
    void aFailedStepIsReportedOnceAndAFinishedOneNever() {
        StallDetector d = new StallDetector(Duration.ofMinutes(5));
        StepsSnapshot failed = new ResponseParser().parseSteps("p", T0,
                "{\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"FAILED\",\"Progress\":40}]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new StallDetector.Trouble("FULL_TRANSFER", "failed")), d.check(null, failed));
        assertTrue(d.check(failed, failed).isEmpty());
    }
}
