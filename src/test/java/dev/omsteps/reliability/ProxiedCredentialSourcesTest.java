package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.ConnectProxy;
import dev.omsteps.testing.FakeClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a corporate proxy, fetching temporary credentials goes through the same proxy as the API: STS (role
 * assumption with an AccessKey, and OIDC) and a credentials URI, chosen by {@code --proxy} and the proxy
 * variables exactly as for the API. A loopback proxy forwards the named hosts to the simulator, so no name is
 * resolved and nothing leaves the machine; it insists on its password, which never shows, not even in --debug.
 */
class ProxiedCredentialSourcesTest {

    static final String ROLE = "acs:ram::1234567890123456:role/oms-reader";
    static final String PROJECT = dev.omsteps.sim.scenario.FullMigrationScenario.ID;
    static final String PASSWORD = "pr0xy-pa55-for-creds";

    @TempDir
    Path home;
    final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
    Simulator sim;
    URI endpoint;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(clock).withServerClock(clock).withStsLifetime(Duration.ofMinutes(15)));
        endpoint = sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CliRun cli() {
        return new CliRun(home).env("OMSTEPS_ENDPOINT", endpoint.toString()).clock(clock).sleeper(clock.sleeper());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void ramRoleProfile() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\","
                + "\"mode\":\"RamRoleArn\",\"access_key_id\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_ID + "\",\"access_key_secret\":\""
                + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\",\"ram_role_arn\":\"" + ROLE + "\",\"ram_session_name\":\"omsteps-test\"}]}");
    }

    private void assertWentThrough(CliRun.Result r, ConnectProxy proxy, String requestStart) {
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(proxy.heads().stream().anyMatch(h -> h.startsWith(requestStart) && h.contains("\r\nProxy-Authorization: Basic ")),
                proxy.heads().toString());
        assertFalse(r.all().contains(PASSWORD), "the proxy password is masked: " + r.stderr());
        assertFalse(r.all().contains(SimulatorCredentials.DEMO_ACCESS_KEY_SECRET));
        assertEquals(1, sim.credentialsIssued());
    }

    @Test
    void roleAssumptionGoesThroughHttpProxyWithItsPassword() throws Exception {
        ramRoleProfile();
        try (ConnectProxy proxy = new ConnectProxy(endpoint.getPort(), basic("alice", PASSWORD))) {
            CliRun.Result r = cli().env("OMSTEPS_STS_ENDPOINT", "http://sts.cn-hangzhou.aliyuncs.com")
                    .env("HTTP_PROXY", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port())
                    .run("steps", PROJECT, "-o", "json", "--debug");
            assertWentThrough(r, proxy, "GET http://sts.cn-hangzhou.aliyuncs.com/?");
        }
    }

    @Test
    void oidcGoesThroughTheProxyOptionWhichBeatsTheVariable() throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        try (ConnectProxy proxy = new ConnectProxy(endpoint.getPort(), basic("alice", PASSWORD))) {
            CliRun.Result r = cli().env("OMSTEPS_STS_ENDPOINT", "http://sts.cn-hangzhou.aliyuncs.com")
                    .env("HTTP_PROXY", "http://127.0.0.1:1")
                    .env("ALIBABA_CLOUD_ROLE_ARN", ROLE).env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p")
                    .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString())
                    .run("steps", PROJECT, "-o", "json", "--proxy", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port());
            assertWentThrough(r, proxy, "POST http://sts.cn-hangzhou.aliyuncs.com/?");
        }
    }

    @Test
    void aCredentialsUriGoesThroughTheProxyUnlessNoProxyNamesIt() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(endpoint.getPort(), basic("alice", PASSWORD))) {
            CliRun.Result r = cli().env("ALIBABA_CLOUD_CREDENTIALS_URI", "http://creds.internal.example/credentials-uri")
                    .env("http_proxy", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port())
                    .env("NO_PROXY", "oceanbasepro.example.com")
                    .run("steps", PROJECT, "-o", "json", "--debug");
            assertWentThrough(r, proxy, "GET http://creds.internal.example/credentials-uri ");
        }
    }

    @Test
    void aRefusedProxyPasswordIsOneLineExit3WithoutTheSecret() throws Exception {
        ramRoleProfile();
        try (ConnectProxy proxy = new ConnectProxy(endpoint.getPort(), basic("alice", "the-right-one"))) {
            CliRun.Result r = cli().env("OMSTEPS_STS_ENDPOINT", "http://sts.cn-hangzhou.aliyuncs.com")
                    .env("HTTP_PROXY", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port()).run("steps", PROJECT);
            assertEquals(3, r.exitCode(), r.all());
            assertEquals(1, r.stderr().lines().count(), r.stderr());
            assertFalse(r.all().contains(PASSWORD), r.all());
            assertEquals(0, sim.credentialsIssued());
        }
    }
}
