package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.testing.CaptureServer;
import dev.omsteps.testing.Captures;
import dev.omsteps.testing.FakeClock;
import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * omsteps as a new user meets it, against an endpoint serving answers captured from real OMS (not the simulator):
 * sources in {@code src/test/resources/captures/README.md}.
 */
class RealOmsCapturesTest {

    @TempDir
    Path home;

    static Clock at(long epochSecond, Duration after) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond).plus(after), ZoneOffset.UTC);
    }

    CliRun cli(Clock clock) {
        return new CliRun(home).clock(clock).env("OMSTEPS_OMS_USER", "u").env("OMSTEPS_OMS_PASSWORD", "p")
                .env("COLUMNS", "200");
    }

    @Test
    void aVerifiedMigrationWithItsSwitchoverWaitingSaysReadyForSwitchover() throws Exception {
        try (CaptureServer oms = CaptureServer.of(Captures.odcStepsAnswer())) {
            Clock tenSecondsOn = at(Captures.ODC_CHECKPOINT, Duration.ofSeconds(10));
            CliRun.Result table = cli(tenSecondsOn).run("steps", "np_odc", "--oms-url", oms.url().toString());
            assertEquals(0, table.exitCode(), table.all());
            String header = table.stdout().lines().findFirst().orElse("");
            assertTrue(header.contains("ready for switchover"), header);
            assertTrue(header.contains("4/6 steps finished"), "verification RUNNING at 100 with a finish time counts: " + header);

            CliRun.Result json = cli(tenSecondsOn).run("steps", "np_odc", "--oms-url", oms.url().toString(), "-o", "json");
            JsonNode doc = new ObjectMapper().readTree(json.stdout());
            assertEquals("ready-for-switchover", doc.path("stage").asText());
            assertEquals(10, doc.path("lag").path("seconds").asInt());
            JsonNode full = doc.path("steps").get(2).path("metrics");
            assertEquals(1, full.path("srcRtRef").asInt(), "every StepInfo field under its API name: " + full);
            assertEquals(4194304, full.path("srcIopsRef").asLong());
            assertTrue(doc.path("steps").get(4).path("finished").asBoolean());
        }
    }

    @Test
    void aThreeHourOldSampleIsLaggingNotReady() throws Exception {
        try (CaptureServer oms = CaptureServer.of(Captures.odcStepsAnswer())) {
            Clock threeHoursOn = at(Captures.ODC_CHECKPOINT, Duration.ofHours(3));
            CliRun.Result table = cli(threeHoursOn).run("steps", "np_odc", "--oms-url", oms.url().toString());
            assertEquals(0, table.exitCode(), table.all());
            assertTrue(table.stdout().lines().findFirst().orElse("").contains("lagging"), table.stdout());
            assertTrue(table.stdout().contains("lag ▼3h00m (stale sample, 2h59m old)")
                    || table.stdout().contains("lag !3h00m (stale sample, 2h59m old)"), table.stdout());
            assertFalse(table.stdout().contains("ready for switchover"), table.stdout());
        }
    }

    @Test
    void wideShowsEveryStepInfoField() {
        try (CaptureServer oms = CaptureServer.of(Captures.odcStepsAnswer())) {
            CliRun.Result wide = cli(at(Captures.ODC_CHECKPOINT, Duration.ofSeconds(10))).env("COLUMNS", "400")
                    .run("steps", "np_odc", "--oms-url", oms.url().toString(), "-o", "wide");
            assertEquals(0, wide.exitCode(), wide.all());
            assertTrue(wide.stdout().contains("srcRtRef=1") && wide.stdout().contains("srcIopsRef=4194304"), wide.stdout());
        }
    }

    @Test
    void anInnerErrorBetweenGoodAnswersDoesNotEndAWatch() {
        String inner = "{\"success\":false,\"code\":\"INNER_ERROR\",\"errorDetail\":{\"code\":\"INNER_ERROR\","
                + "\"message\":\"A system error occurred.\"},\"requestId\":\"r-inner\"}";
        try (CaptureServer oms = CaptureServer.of(inner, Captures.text("odc-error-retry-later.json"), Captures.odcStepsAnswer())) {
            // The backoff after each error waits on the clock, so the clock must move when the watch sleeps.
            FakeClock clock = new FakeClock(Instant.ofEpochSecond(Captures.ODC_CHECKPOINT).plusSeconds(10));
            CliRun.Result r = cli(clock).sleeper(clock.sleeper())
                    .run("watch", "np_odc", "--oms-url", oms.url().toString(), "--interval", "10ms", "--timeout", "1m");
            assertEquals(0, r.exitCode(), r.all());
            assertEquals(3, oms.requests(), "two passing errors retried, then the good answer");
            assertTrue(r.all().contains("ready for switchover") && r.all().contains("TRANSFER_APP_SWITCH"), r.all());
        }
    }

    @Test
    void aMissingTableIsNotCalledAMissingProject() {
        String table = "{\"success\":false,\"errorDetail\":{\"code\":\"TABLE_NOT_FOUND_ERROR\","
                + "\"message\":\"table orders not found\"},\"requestId\":\"r-t\"}";
        try (CaptureServer oms = CaptureServer.of(table)) {
            CliRun.Result r = cli(at(Captures.ODC_CHECKPOINT, Duration.ZERO)).run("steps", "np_odc", "--oms-url", oms.url().toString());
            assertEquals(3, r.exitCode(), r.all());
            assertTrue(r.stderr().contains("TABLE_NOT_FOUND_ERROR") && r.stderr().contains("table orders not found"), r.stderr());
            assertFalse(r.stderr().contains("check the project ID"), r.stderr());
        }
    }

    @Test
    void aSelfHostedLoginFailureIsAnAuthError() {
        String login = "{\"success\":false,\"errorDetail\":{\"code\":\"LOGIN_EXPIRE\",\"message\":\"login expired\"}}";
        try (CaptureServer oms = CaptureServer.of(login)) {
            CliRun.Result r = cli(at(Captures.ODC_CHECKPOINT, Duration.ZERO)).run("steps", "np_odc", "--oms-url", oms.url().toString());
            assertEquals(3, r.exitCode(), r.all());
            assertTrue(r.stderr().contains("OMSTEPS_OMS_USER"), r.stderr());
        }
    }
}
