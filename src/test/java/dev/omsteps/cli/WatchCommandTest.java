package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.LoopbackServer;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch through the real CLI and real HTTP, on a fake clock. */
class WatchCommandTest {

    @TempDir
    Path home;
    @LoopbackServer
    MockWebServer server;
    final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);

    CliRun cli() {
        return new CliRun(home).credentials("AK", "SK").env("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort())
                .clock(clock).sleeper(clock.sleeper());
    }

    void answer(String status, int progress) {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\","
                + "\"Description\":\"全量迁移\",\"Status\":\"" + status + "\",\"Progress\":" + progress + "}]}").build());
    }

    @Test
    void ndjsonLinesEachParseSnapshotFirstDoneLast() throws Exception {
        answer("RUNNING", 10);
        server.enqueue(new MockResponse.Builder().code(503).body("{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}").build());
        answer("RUNNING", 50);
        answer("FINISHED", 100);
        CliRun.Result r = cli().run("watch", "np_1", "-o", "ndjson", "--interval", "2s");
        assertEquals(0, r.exitCode(), r.stderr());
        List<JsonNode> events = r.stdout().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
        assertEquals("snapshot", events.get(0).get("event").asText());
        assertEquals("np_1", events.get(0).get("snapshot").get("projectId").asText());
        assertTrue(events.stream().anyMatch(e -> e.get("event").asText().equals("poll-error")
                && e.get("code").asText().equals("ServiceUnavailable") && e.get("willRetry").asBoolean()));
        assertTrue(events.stream().anyMatch(e -> e.get("event").asText().equals("step-changed")
                && e.get("to").get("status").asText().equals("FINISHED")));
        JsonNode done = events.get(events.size() - 1);
        assertEquals("done", done.get("event").asText());
        assertEquals(0, done.get("exitCode").asInt());
    }

    @Test
    void pipedOutputIsAppendOnlyWithoutEscapesAndTimesOutWith4() {
        for (int i = 0; i < 10; i++) {
            answer("RUNNING", 10 + i * 7);
        }
        CliRun.Result r = cli().run("watch", "np_1", "--interval", "1s", "--timeout", "3s");
        assertEquals(4, r.exitCode(), r.stderr());
        assertFalse(r.stdout().contains("\u001b"), r.stdout());
        assertTrue(r.stdout().contains("timed out after 3s (exit 4)"), r.stdout());
        assertEquals(4, server.getRequestCount(), "polls at 0, 1, 2 and 3 s");
    }

    @Test
    void givingUpOnAnApiErrorIsAlsoOneLineOnStderr() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"Code\":\"InvalidAccessKeyId.NotFound\",\"Message\":\"Specified access key is not found.\"}").build());
        CliRun.Result r = cli().run("watch", "np_1");
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().startsWith("omsteps: watch gave up: the API refused the request (InvalidAccessKeyId.NotFound)"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    }

    @Test
    void failedStepExits1() {
        answer("FAILED", 40);
        assertEquals(1, cli().run("watch", "np_1").exitCode());
    }

    @Test
    void terminalOutputRedrawsInPlace() {
        answer("RUNNING", 10);
        answer("FINISHED", 100);
        // the queue holds exactly the polls' answers: no deeper looks
        CliRun.Result r = cli().terminal(true).run("watch", "np_1", "--interval", "1s", "--no-components");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("\u001b[?25l"), "cursor hidden while drawing");
        assertTrue(r.stdout().matches("(?s).*\u001b\\[\\d+F.*"), "moves up to redraw");
        assertFalse(r.stdout().matches("(?s).*\u001b\\[\\d+F\u001b\\[J.*"), "never clears from the top of the frame (tmux would keep a copy)");
        assertTrue(r.stdout().endsWith("\u001b[?25h"), "cursor restored");
        assertTrue(r.stdout().contains("next poll in 1s"));
    }

    @Test
    void badDurationsAndIntervalsAreUsageErrors() {
        CliRun.Result zero = cli().run("watch", "np_1", "--interval", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.stderr().startsWith("omsteps: ") && zero.stderr().contains("more than zero"), zero.stderr());
        assertEquals("omsteps: Invalid value for option '--interval': '0' must be more than zero — see 'omsteps watch --help'\n", zero.stderr());
        CliRun.Result negative = cli().run("watch", "np_1", "--timeout", "-5m");
        assertEquals(2, negative.exitCode(), negative.stderr());
        assertEquals(2, cli().run("watch", "np_1", "--interval", "5 parsecs").exitCode());
        CliRun.Result fast = cli().run("watch", "np_1", "--interval", "500ms", "--endpoint", "https://oceanbasepro.cn-hangzhou.aliyuncs.com");
        assertEquals(2, fast.exitCode());
        assertTrue(fast.stderr().contains("below 1s"), fast.stderr());
        assertEquals("omsteps: --interval 500ms is below 1s — the gateway throttles fast polling; use 1s or more (less only against a local simulator)\n",
                fast.stderr());
        assertEquals(2, cli().run("watch", "np_1", "--until", "whenever").exitCode());
        assertEquals(2, cli().run("watch").exitCode());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void untilTyposAreUsageErrorsWithASuggestion() {
        CliRun.Result step = cli().run("watch", "np_1", "--until", "FULL_TRANSFR=FINISHED");
        assertEquals(2, step.exitCode(), step.stderr());
        assertTrue(step.stderr().contains("no step is called 'FULL_TRANSFR' (did you mean FULL_TRANSFER?)"), step.stderr());
        CliRun.Result status = cli().run("watch", "np_1", "--until", "FULL_TRANSFER=FINSHED");
        assertEquals(2, status.exitCode(), status.stderr());
        assertTrue(status.stderr().contains("(did you mean FINISHED?)"), status.stderr());
        CliRun.Result progress = cli().run("watch", "np_1", "--until", "FullMigraton>=50");
        assertEquals(2, progress.exitCode(), progress.stderr());
        assertTrue(progress.stderr().contains("did you mean FullMigration?"), progress.stderr());
        assertEquals(0, server.getRequestCount(), "refused before any poll");
        answer("FINISHED", 100);
        assertEquals(0, cli().run("watch", "np_1", "--until", "FullMigration>=50").exitCode(), "titles count");
        answer("FINISHED", 100);
        assertEquals(0, cli().run("watch", "np_1", "--until", "1=finished").exitCode(), "order numbers and any case count");
    }

    @Test
    void aMistypedSubcommandOrOptionGetsASuggestion() {
        CliRun.Result sub = cli().run("stpes", "np_1");
        assertEquals(2, sub.exitCode());
        assertTrue(sub.stderr().contains("did you mean 'steps'?"), sub.stderr());
        CliRun.Result opt = cli().run("watch", "np_1", "--intervall", "5s");
        assertEquals(2, opt.exitCode());
        assertTrue(opt.stderr().contains("did you mean '--interval'?"), opt.stderr());
        assertEquals(1, opt.stderr().lines().count(), opt.stderr());
    }
}
