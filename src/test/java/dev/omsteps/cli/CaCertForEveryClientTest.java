package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.sim.LoopbackTls;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.PrecheckFailedScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ca-cert} (a private CA, or a TLS-inspecting corporate proxy) is trusted by every client of a command,
 * not only the API's: STS fetching temporary credentials and webhook deliveries too. A throwaway CA signs the
 * loopback servers' certificates; without {@code --ca-cert} each failure is one line that names the option.
 */
class CaCertForEveryClientTest {

    static final String ROLE = "acs:ram::1234567890123456:role/oms-reader";

    @TempDir
    Path home;
    final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    final LoopbackTls tls = new LoopbackTls();
    Path ca;

    @BeforeEach
    void writeCa() throws Exception {
        ca = home.resolve("ca.pem");
        tls.writeAuthorityPem(ca);
    }

    @Test
    void stsOverHttpsIsTrustedThroughCaCertOnly() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\","
                + "\"mode\":\"RamRoleArn\",\"access_key_id\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_ID + "\",\"access_key_secret\":\""
                + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\",\"ram_role_arn\":\"" + ROLE + "\",\"ram_session_name\":\"omsteps-test\","
                + "\"expired_seconds\":900}]}");
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock))) {
            String endpoint = sim.start(tls.serverContext()).toString();
            CliRun cli = new CliRun(home).env("OMSTEPS_ENDPOINT", endpoint).env("OMSTEPS_STS_ENDPOINT", endpoint)
                    .clock(clock).sleeper(clock.sleeper());

            CliRun.Result untrusted = cli.run("steps", FullMigrationScenario.ID);
            assertEquals(3, untrusted.exitCode(), untrusted.all());
            assertEquals(1, untrusted.stderr().lines().count(), untrusted.stderr());
            assertTrue(untrusted.stderr().startsWith("omsteps: TLS with STS at 127.0.0.1:"), untrusted.stderr());
            assertTrue(untrusted.stderr().contains("not signed by a trusted CA") && untrusted.stderr().contains("--ca-cert FILE"),
                    untrusted.stderr());
            assertEquals(0, sim.credentialsIssued());

            CliRun.Result trusted = cli.run("steps", FullMigrationScenario.ID, "--ca-cert", ca.toString(), "-o", "json");
            assertEquals(0, trusted.exitCode(), trusted.all());
            assertEquals(1, sim.credentialsIssued(), "the role was assumed over HTTPS");
            assertFalse(trusted.all().contains(SimulatorCredentials.DEMO_ACCESS_KEY_SECRET));
        }
    }

    @Test
    void aWebhookOverHttpsIsTrustedThroughCaCertOnly() throws Exception {
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock));
             MockWebServer hook = new MockWebServer()) {
            sim.start();
            hook.useHttps(tls.serverContext().getSocketFactory());
            hook.start(InetAddress.getLoopbackAddress(), 0);
            String url = "https://127.0.0.1:" + hook.getPort() + "/hook";
            CliRun cli = new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET)
                    .env("OMSTEPS_ENDPOINT", sim.endpoint().toString()).clock(clock).sleeper(clock.sleeper());

            CliRun.Result untrusted = cli.run("watch", PrecheckFailedScenario.ID, "-o", "ndjson", "--notify", url);
            assertEquals(1, untrusted.exitCode(), untrusted.all());
            assertEquals(1, untrusted.stderr().lines().count(), untrusted.stderr());
            assertTrue(untrusted.stderr().startsWith("omsteps: warning: notification to webhook https://127.0.0.1:"), untrusted.stderr());
            assertTrue(untrusted.stderr().contains("not signed by a trusted CA") && untrusted.stderr().contains("--ca-cert FILE"),
                    untrusted.stderr());
            assertFalse(untrusted.stderr().contains("tries"), "a certificate does not change on another try: " + untrusted.stderr());

            hook.enqueue(new MockResponse.Builder().code(200).build());
            CliRun.Result trusted = cli.run("watch", PrecheckFailedScenario.ID, "-o", "ndjson", "--notify", url, "--ca-cert", ca.toString());
            assertEquals(1, trusted.exitCode(), trusted.all());
            assertEquals("", trusted.stderr());
            assertTrue(hook.takeRequest(5, TimeUnit.SECONDS).getBody().utf8().contains("\"project-done\""));
            assertNull(hook.takeRequest(200, TimeUnit.MILLISECONDS), "once");
        }
    }
}
