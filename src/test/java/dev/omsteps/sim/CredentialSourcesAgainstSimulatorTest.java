package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every credential source and aliyun CLI mode against the simulator's STS, ECS metadata service and
 * credentials URI: the gateway accepts only the temporary key it issued, signed and with its token, so a
 * step answer proves they reached the API request.
 */
class CredentialSourcesAgainstSimulatorTest {

    static final String ROLE = "acs:ram::1234567890123456:role/oms-reader";
    static final String PROJECT = dev.omsteps.sim.scenario.FullMigrationScenario.ID;
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQifQ.c2lnbmF0dXJl";

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

    CliRun cli() {
        return new CliRun(home).env("OMSTEPS_ENDPOINT", endpoint.toString()).env("OMSTEPS_STS_ENDPOINT", endpoint.toString())
                .clock(clock).sleeper(clock.sleeper());
    }

    void aliyunConfig(String profiles) throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"default\",\"profiles\":[" + profiles + "]}");
    }

    static String akProfile(String name) {
        return "{\"name\":\"" + name + "\",\"mode\":\"AK\",\"access_key_id\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_ID
                + "\",\"access_key_secret\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\"}";
    }

    static String ramRoleProfile(String name, String roleArn) {
        return "{\"name\":\"" + name + "\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_ID
                + "\",\"access_key_secret\":\"" + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\",\"ram_role_arn\":\"" + roleArn
                + "\",\"ram_session_name\":\"omsteps-test\",\"expired_seconds\":900}";
    }

    void assertSteps(CliRun.Result r) {
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("FULL_TRANSFER") || r.stdout().contains("Full"), r.stdout());
        assertNoSecret(r);
    }

    static void assertNoSecret(CliRun.Result r) {
        assertFalse(r.all().contains(SimulatorCredentials.DEMO_ACCESS_KEY_SECRET), "a secret was printed");
        assertFalse(r.all().contains(JWT), "the OIDC token was printed");
        assertFalse(r.all().contains("CAIS"), "an STS token was printed");
    }

    @Test
    void ramRoleArnProfileAssumesTheRoleAndSignsWithTheTemporaryKey() throws Exception {
        aliyunConfig(ramRoleProfile("default", ROLE));
        assertSteps(cli().run("steps", PROJECT, "-o", "json"));
        assertEquals(1, sim.credentialsIssued());
        assertEquals(0, sim.stats().gatewayRefusals());
    }

    @Test
    void chainableRamRoleArnAssumesWithTheSourceProfilesTemporaryCredentials() throws Exception {
        aliyunConfig(ramRoleProfile("base", ROLE) + ",{\"name\":\"default\",\"mode\":\"ChainableRamRoleArn\",\"source_profile\":\"base\","
                + "\"ram_role_arn\":\"acs:ram::1234567890123456:role/second\"}");
        assertSteps(cli().run("steps", PROJECT, "-o", "json"));
        assertEquals(2, sim.credentialsIssued(), "base role, then the chained one signed by the first's temporary key");
    }

    @Test
    void oidcFromTheEnvironmentAsAckRrsaSetsIt() throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, JWT + "\n");
        CliRun.Result r = cli().env("ALIBABA_CLOUD_ROLE_ARN", ROLE)
                .env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1234567890123456:oidc-provider/ack-rrsa")
                .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString()).run("steps", PROJECT, "-o", "json");
        assertSteps(r);
        assertEquals(1, sim.credentialsIssued());
    }

    @Test
    void oidcProfileEcsRamRoleAndCredentialsUri() throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, JWT);
        aliyunConfig("{\"name\":\"oidc\",\"mode\":\"OIDC\",\"ram_role_arn\":\"" + ROLE + "\",\"oidc_provider_arn\":\"acs:ram::1:oidc-provider/p\","
                + "\"oidc_token_file\":\"" + token + "\"},"
                + "{\"name\":\"ecs\",\"mode\":\"EcsRamRole\",\"ram_role_name\":\"" + MetadataService.ROLE + "\"},"
                + "{\"name\":\"ecs-any\",\"mode\":\"EcsRamRole\"},"
                + "{\"name\":\"uri\",\"mode\":\"CredentialsURI\",\"credentials_uri\":\"" + endpoint + "/credentials-uri\"}");
        for (String p : new String[] {"oidc", "ecs", "ecs-any", "uri"}) {
            assertSteps(cli().env("OMSTEPS_ECS_METADATA_ENDPOINT", endpoint.toString()).run("steps", "--profile", p, PROJECT, "-o", "json"));
        }
        assertEquals(4, sim.credentialsIssued());
    }

    @Test
    void defaultChainReachesTheInstanceSourcesAndTheCredentialsFile() throws Exception {
        assertSteps(cli().env("ALIBABA_CLOUD_ECS_METADATA", MetadataService.ROLE)
                .env("OMSTEPS_ECS_METADATA_ENDPOINT", endpoint.toString()).run("steps", PROJECT, "-o", "json"));
        assertSteps(cli().env("ALIBABA_CLOUD_CREDENTIALS_URI", endpoint + "/credentials-uri").run("steps", PROJECT, "-o", "json"));
        Path ini = home.resolve("creds.ini");
        Files.writeString(ini, "[default]\ntype = ram_role_arn\naccess_key_id = " + SimulatorCredentials.DEMO_ACCESS_KEY_ID
                + "\naccess_key_secret = " + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\nrole_arn = " + ROLE + "\n");
        assertSteps(cli().env("ALIBABA_CLOUD_CREDENTIALS_FILE", ini.toString()).run("steps", PROJECT, "-o", "json"));
        assertEquals(3, sim.credentialsIssued());
    }

    @Test
    void aWatchLongerThanTheCredentialsLifetimeRefreshesThemWithoutAnError() throws Exception {
        aliyunConfig(ramRoleProfile("default", ROLE));
        CliRun.Result r = cli().run("watch", PROJECT, "-o", "ndjson", "--interval", "60s", "--timeout", "1h");
        assertEquals(4, r.exitCode(), r.all());
        assertFalse(r.stdout().contains("poll-error"), r.stdout());
        assertEquals("", r.stderr());
        // 15-minute credentials renewed after about 11 minutes: six in an hour
        assertTrue(sim.credentialsIssued() >= 5, "issued " + sim.credentialsIssued());
        assertEquals(0, sim.stats().gatewayRefusals());
        assertNoSecret(r);
    }

    @Test
    void aRefusedRoleIsOneLineAndExit3() throws Exception {
        aliyunConfig(ramRoleProfile("default", "acs:ram::1234567890123456:role/forbidden"));
        CliRun.Result r = cli().run("steps", PROJECT);
        assertEquals(3, r.exitCode(), r.all());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("omsteps: STS refused AssumeRole of acs:ram::1234567890123456:role/forbidden (NoPermission)"), r.stderr());
        assertNoSecret(r);
    }

    @Test
    void anUnreachableStsIsOneLineAndExit3() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        aliyunConfig(ramRoleProfile("default", ROLE));
        CliRun.Result r = cli().env("OMSTEPS_STS_ENDPOINT", "http://127.0.0.1:" + closed).run("steps", PROJECT);
        assertEquals(3, r.exitCode(), r.all());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("could not reach STS at 127.0.0.1:" + closed), r.stderr());
        assertNoSecret(r);
    }

    @Test
    void anIncompleteProfileOrUnreadableTokenFileIsExit2() throws Exception {
        aliyunConfig("{\"name\":\"default\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"a\",\"access_key_secret\":\"b\"}");
        CliRun.Result r = cli().run("steps", PROJECT);
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("has no ram_role_arn"), r.stderr());
        CliRun.Result oidc = new CliRun(home).env("OMSTEPS_ENDPOINT", endpoint.toString()).env("OMSTEPS_STS_ENDPOINT", endpoint.toString())
                .env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true").env("ALIBABA_CLOUD_ROLE_ARN", ROLE)
                .env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p")
                .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", home.resolve("missing").toString()).run("steps", PROJECT);
        assertEquals(2, oidc.exitCode(), oidc.all());
        assertEquals(1, oidc.stderr().lines().count(), oidc.stderr());
        assertTrue(oidc.stderr().contains("cannot read the OIDC token file"), oidc.stderr());
    }

    @Test
    void configSaysWhichSourceAndWhenTheyExpireNeverTheValues() throws Exception {
        aliyunConfig(ramRoleProfile("default", ROLE) + "," + akProfile("plain"));
        CliRun.Result r = cli().run("config");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("Credentials: aliyun CLI profile 'default' (RamRoleArn " + ROLE + "), temporary, expire 2026-11-25T10:15:00Z (in 15 min"),
                r.stdout());
        assertNoSecret(r);
        assertFalse(r.all().contains("STS.sim"), "not even the temporary key ID");
        CliRun.Result plain = cli().env("ALIBABA_CLOUD_PROFILE", "plain").run("config");
        assertTrue(plain.stdout().contains("Credentials: aliyun CLI profile 'plain' (AK)"), plain.stdout());
        aliyunConfig(ramRoleProfile("default", "acs:ram::1234567890123456:role/forbidden"));
        CliRun.Result refused = cli().run("config");
        assertEquals(3, refused.exitCode(), refused.all());
        assertTrue(refused.stdout().contains("cannot be fetched: STS refused AssumeRole"), refused.stdout());
    }
}
