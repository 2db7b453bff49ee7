package dev.omsteps.watch.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.TrendTracker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The append-only lines of a piped watch. */
class LogLinesViewTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aFailedStepsErrorIsSaidOnceEvenWhenItsErrorMsgRepeatsTheDetail() {
        // as OMS fills a failed pre-check: the detail, and ErrorCode/ErrorMsg saying the same with ErrorParam filled in
        String body = "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"PRE_CHECK\",\"Status\":\"FAILED\",\"Progress\":60,"
                + "\"ExtraInfo\":{\"ErrorCode\":\"PRECHECK_FAILED\",\"ErrorMsg\":\"Table {table} has no primary key\","
                + "\"ErrorParam\":{\"table\":\"orders_2019\"},\"ErrorDetails\":[{\"Code\":\"CM-PRECHECK-NO_PRIMARY_KEY\","
                + "\"Level\":\"ERROR\",\"Message\":\"Table {table} has no primary key\",\"ExtraContext\":{\"table\":\"orders_2019\"}}]}}]}";
        StepsSnapshot s = new ResponseParser().parseSteps("np_a", T0, body.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        LogLinesView v = new LogLinesView(new PrintWriter(out, true), ZoneOffset.UTC);
        v.onSnapshot("np_a", s, List.of(), new TrendTracker(3));
        v.onProjectDone("np_a", Outcome.FAILED, "a step failed", T0);
        long said = out.toString().lines().filter(l -> l.contains("has no primary key")).count();
        assertEquals(1, said, out.toString());
        assertTrue(out.toString().contains("CM-PRECHECK-NO_PRIMARY_KEY"), out.toString());
    }

    @Test
    void theEndLineNamesItsOutcomeOnce() {
        StringWriter out = new StringWriter();
        LogLinesView v = new LogLinesView(new PrintWriter(out, true), ZoneOffset.UTC);
        v.onProjectDone("np_a", Outcome.READY_FOR_SWITCHOVER, "ready for switchover, sync 5s behind — the forward switchover waits", T0);
        v.onProjectDone("np_b", Outcome.DONE, "all steps finished", T0);
        String text = out.toString();
        assertTrue(text.contains("np_a  ready for switchover, sync 5s behind — the forward switchover waits (exit 0)"), text);
        assertFalse(text.contains("ready for switchover: ready for switchover"), text);
        assertTrue(text.contains("np_b  done: all steps finished (exit 0)"), text);
    }
}
