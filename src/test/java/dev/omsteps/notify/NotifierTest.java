package dev.omsteps.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.LoopbackServer;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.AlertRule;
import dev.omsteps.watch.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Delivery to a webhook receiver on loopback: each event once, a 5xx retried, the chats' formats, secrets masked. */
class NotifierTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final ObjectMapper json = new ObjectMapper();
    private final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @LoopbackServer
    MockWebServer receiver;

    private Notifier notifier(String spec, Map<String, String> env, boolean quiet) {
        NotifyTarget t = NotifyTarget.parse(spec, env);
        return new Notifier(List.of(t), new Notifier.Settings(4, Duration.ofSeconds(1), Duration.ofSeconds(5), 100, Duration.ofSeconds(10)),
                quiet, Clock.fixed(NOW, ZoneOffset.UTC), slept::add, warnings::add);
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private JsonNode body(RecordedRequest r) throws Exception {
        return json.readTree(r.getBody().utf8());
    }

    @Test
    void eachEventArrivesOnceAndA5xxIsRetriedWithBackoff() throws Exception {
        receiver.enqueue(status(503, "busy"));
        receiver.enqueue(status(200, "ok"));
        receiver.enqueue(status(200, "ok"));
        try (Notifier n = notifier(receiver.url("/hook").toString(), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.FAILED, "step PRE_CHECK failed", NOW);
            n.onProjectDone("np_2", Outcome.TIMED_OUT, "timed out", NOW); // not news for anyone else
            n.onAlert(new AlertEvent("np_3", AlertRule.parse("lag>30s for 5m"), true, Duration.ofSeconds(45), "lag 45s above 30s", NOW));
        }
        RecordedRequest first = receiver.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest retry = receiver.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest alert = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(first.getBody().utf8(), retry.getBody().utf8(), "the retry sends the same event");
        String line = retry.getBody().utf8();
        assertEquals("{\"event\":\"project-done\",\"at\":\"2026-11-25T10:00:00Z\",\"projectId\":\"np_1\",\"outcome\":\"failed\","
                + "\"exitCode\":1,\"reason\":\"step PRE_CHECK failed\"}\n", line, "the very line -o ndjson prints");
        assertTrue(retry.getHeaders().get("Content-Type").startsWith("application/x-ndjson"));
        assertEquals("alert-fired", body(alert).path("event").asText());
        assertEquals(45, body(alert).path("lagSeconds").asInt());
        assertNull(receiver.takeRequest(200, TimeUnit.MILLISECONDS), "nothing more: each event once");
        assertEquals(List.of(Duration.ofSeconds(1)), slept, "one back-off before the one retry");
        assertEquals(List.of(), warnings);
    }

    @Test
    void givesUpAfterItsTriesAndSaysSoWithoutTheUrlsSecret() throws Exception {
        for (int i = 0; i < 4; i++) {
            receiver.enqueue(status(500, "down"));
        }
        try (Notifier n = notifier("slack:" + receiver.url("/services/T000/B000/XXXXsecret"), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.DONE, "all steps finished", NOW);
        }
        assertEquals(4, receiver.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), slept);
        assertEquals(1, warnings.size());
        assertEquals("notification to slack http://" + receiver.getHostName() + ":" + receiver.getPort() + "/*** failed after 4 tries: HTTP 500", warnings.get(0));
        assertFalse(warnings.get(0).contains("XXXXsecret"));
    }

    @Test
    void readyForSwitchoverIsDeliveredOnceLikeTheOtherEnds() throws Exception {
        receiver.enqueue(status(200, "ok"));
        receiver.enqueue(status(200, "ok"));
        try (Notifier n = notifier("slack:" + receiver.url("/services/T/B/tok"), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.READY_FOR_SWITCHOVER, "ready for switchover, sync 3s behind", NOW);
            n.onAlert(new AlertEvent("np_1", AlertRule.parse("lag>30s for 5m"), true, Duration.ofSeconds(45), "lag 45s above 30s", NOW));
        }
        assertEquals("{\"text\":\"omsteps: np_1 ready for switchover — ready for switchover, sync 3s behind (2026-11-25T10:00:00Z)\"}",
                body(receiver.takeRequest(5, TimeUnit.SECONDS)).toString());
        assertEquals("{\"text\":\"omsteps: np_1 lag alert (lag>30s for 5m) — lag 45s above 30s (2026-11-25T10:00:00Z)\"}",
                body(receiver.takeRequest(5, TimeUnit.SECONDS)).toString());
        assertNull(receiver.takeRequest(200, TimeUnit.MILLISECONDS), "each event once");
    }

    @Test
    void aProjectOfAWatchOverSeveralContextsIsNamedWithItsContext() throws Exception {
        receiver.enqueue(status(200, "ok"));
        receiver.enqueue(status(200, "ok"));
        try (Notifier n = notifier(receiver.url("/hook").toString(), Map.of(), false)) {
            n.onProjectDone("prod-hz/np_1", Outcome.FAILED, "a step failed", NOW);
        }
        JsonNode event = body(receiver.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("np_1", event.path("projectId").asText());
        assertEquals("prod-hz", event.path("context").asText());
        assertEquals("omsteps: prod-hz/np_1 failed — a step failed (2026-11-25T10:00:00Z)", Message.text(event));
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        receiver.enqueue(status(404, "no_team"));
        try (Notifier n = notifier("slack:" + receiver.url("/services/T/B/tok"), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.SUSPENDED, "suspended", NOW);
        }
        assertEquals(1, receiver.getRequestCount());
        assertEquals(List.of(), slept);
        assertTrue(warnings.get(0).endsWith("failed: HTTP 404 no_team"), warnings.get(0));
    }

    @Test
    void slackGetsItsTextMessage() throws Exception {
        receiver.enqueue(status(200, "ok"));
        try (Notifier n = notifier("slack:" + receiver.url("/services/T/B/tok"), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.FAILED, "step PRE_CHECK failed", NOW);
        }
        JsonNode b = body(receiver.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("{\"text\":\"omsteps: np_1 failed — step PRE_CHECK failed (2026-11-25T10:00:00Z)\"}", b.toString());
    }

    @Test
    void dingTalkGetsItsTextMessageSignedInTheUrl() throws Exception {
        receiver.enqueue(status(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
        try (Notifier n = notifier("dingtalk:" + receiver.url("/robot/send?access_token=tok"),
                Map.of(NotifyTarget.ENV_DINGTALK_SECRET, "SECtest"), false)) {
            n.onAlert(new AlertEvent("np_1", AlertRule.parse("stalled 10m"), false, null, "moving again", NOW));
        }
        RecordedRequest r = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("{\"msgtype\":\"text\",\"text\":{\"content\":\"omsteps: np_1 recovered from its stalled alert (stalled 10m) — moving again"
                + " (2026-11-25T10:00:00Z)\"}}", body(r).toString());
        assertEquals("tok", r.getUrl().queryParameter("access_token"));
        assertEquals(String.valueOf(NOW.toEpochMilli()), r.getUrl().queryParameter("timestamp"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void dingTalkSignatureMatchesTheDocumentedRecipe() {
        // computed independently: quote_plus(b64encode(hmac(secret, "1700000000000\nSECtest", sha256)))
        assertEquals("http://h/robot/send?access_token=t&timestamp=1700000000000&sign=aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D",
                Payloads.dingTalkSigned(java.net.URI.create("http://h/robot/send?access_token=t"), "SECtest",
                        Instant.ofEpochMilli(1_700_000_000_000L)).toString());
    }

    @Test
    void feishuGetsItsTextMessageWithTimestampAndSign() throws Exception {
        // computed independently: b64encode(hmac("1700000000\nSECtest", b"", sha256))
        assertEquals("G7XpBpG8NgG02fJOAhX6FRAObIljmFoxVReo8I62pEk=", Payloads.feishuSign(1_700_000_000L, "SECtest"));
        receiver.enqueue(status(200, "{\"code\":0,\"msg\":\"success\"}"));
        try (Notifier n = notifier("feishu:" + receiver.url("/open-apis/bot/v2/hook/abc"), Map.of(NotifyTarget.ENV_FEISHU_SECRET, "SECtest"), false)) {
            n.onProjectDone("np_1", Outcome.DONE, "all steps finished", NOW);
        }
        JsonNode b = body(receiver.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("text", b.path("msg_type").asText());
        assertEquals("omsteps: np_1 done — all steps finished (2026-11-25T10:00:00Z)", b.path("content").path("text").asText());
        assertEquals(String.valueOf(NOW.getEpochSecond()), b.path("timestamp").asText());
        assertEquals(Payloads.feishuSign(NOW.getEpochSecond(), "SECtest"), b.path("sign").asText());
    }

    @Test
    void aRefusalInTheBodyIsAFailureNotRetried() throws Exception {
        receiver.enqueue(status(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
        try (Notifier n = notifier("dingtalk:" + receiver.url("/robot/send?access_token=tok"), Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.FAILED, "failed", NOW);
        }
        assertEquals(1, receiver.getRequestCount());
        assertTrue(warnings.get(0).endsWith("failed: refused (310000) sign not match"), warnings.get(0));
    }

    @Test
    void aDashboardDoesNotAnnounceProjectsAlreadyDoneWhenFirstListed() throws Exception {
        receiver.enqueue(status(200, "ok"));
        StepsSnapshot s = new StepsSnapshot("np_x", NOW, null, true, null, List.of());
        try (Notifier n = notifier(receiver.url("/hook").toString(), Map.of(), true)) {
            n.onSnapshot("np_old", s, List.of(), null);
            n.onProjectDone("np_old", Outcome.DONE, "already done", NOW);
            n.onSnapshot("np_new", s, List.of(), null);
            n.onSnapshot("np_new", s, List.of(), null);
            n.onProjectDone("np_new", Outcome.FAILED, "failed while watched", NOW);
        }
        assertEquals("np_new", body(receiver.takeRequest(5, TimeUnit.SECONDS)).path("projectId").asText());
        assertEquals(1, receiver.getRequestCount());
    }

    @Test
    void anExecTargetGetsTheEventOnStdin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("event.json");
        try (Notifier n = notifier("exec:cat > '" + out + "'", Map.of(), false)) {
            n.onProjectDone("np_1", Outcome.FAILED, "failed", NOW);
        }
        assertEquals("project-done", json.readTree(out.toFile()).path("event").asText());
    }

    @Test
    void targetsShowNoSecretAndBadOnesSayWhyWithoutIt() {
        assertEquals("slack https://hooks.slack.com/***",
                NotifyTarget.parse("slack:https://hooks.slack.com/services/T0/B0/sekrit", Map.of()).toString());
        assertEquals("exec:curl …", NotifyTarget.parse("exec:curl -H 'X-Token: sekrit' http://x", Map.of()).toString());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NotifyTarget.parse("teams:https://x/sekrit", Map.of()));
        assertEquals("'teams:***' is not a notification target", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NotifyTarget.parse("slack:ftp://x/sekrit", Map.of()));
        assertEquals("'ftp://x/***' is not an http(s) URL", e.getMessage());
    }
}
