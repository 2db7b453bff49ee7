package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.time.Sleeper;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.PrecheckFailedScenario;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.testing.CliRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, in every output format, with and without {@code --debug}, on success and on each error path, run with
 * a known AccessKey secret, STS token and OMS password: none of them (nor the Basic-auth encoding of the OMS user and
 * password) may appear anywhere in stdout or stderr.
 */
class SecretsTest {

    private static final String KEY_ID = "LTAIsecretsTestKey01";
    private static final String SECRET = "Zq7KnownAccessKeySecret9931";
    private static final String WRONG_SECRET = "Wr0ngKnownAccessKeySecret7777";
    private static final String TOKEN = "STS.KnownSecurityTokenCAIS8812";
    private static final String OMS_USER = "omsadmin";
    private static final String OMS_PASSWORD = "Pw!KnownOmsPassword5521";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString((OMS_USER + ":" + OMS_PASSWORD).getBytes(StandardCharsets.UTF_8));
    /** A self-hosted OMS may answer with a session cookie: as good as the password while it lasts. */
    private static final String SESSION = "KnownOmsSessionCookie4242";
    private static final List<String> SECRETS = List.of(SECRET, WRONG_SECRET, TOKEN, OMS_PASSWORD, BASIC, SESSION);

    private static final String CAMEL_CASE_STEPS = "{\"success\":true,\"requestId\":\"req-1\",\"data\":[{\"order\":1,"
            + "\"name\":\"FULL_TRANSFER\",\"description\":\"全量迁移\",\"status\":\"RUNNING\",\"progress\":40}]}";

    @TempDir
    Path home;
    private Simulator sim;
    private MockWebServer oms;
    private final List<String> checked = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults()
                .withClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC))
                .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC))
                .withCredentials(new SimulatorCredentials(Map.of(KEY_ID, SECRET,
                        SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET))));
        sim.start();
        oms = new MockWebServer();
        // a self-hosted OMS that knows one user: camelCase answers for it, 401 for anyone else
        oms.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean ok = ("Basic " + BASIC).equals(request.getHeaders().get("Authorization"));
                return ok ? new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .addHeader("Set-Cookie", "JSESSIONID=" + SESSION + "; Path=/; HttpOnly")
                        .body(CAMEL_CASE_STEPS).build()
                        : new MockResponse.Builder().code(401).body("{\"success\":false,\"errorDetail\":{\"code\":\"UNAUTHORIZED\"}}").build();
            }
        });
        oms.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        sim.close();
        oms.close();
    }

    /** Every secret in the environment, whatever the command needs. */
    private CliRun cli() {
        return new CliRun(home).env("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID).env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
                .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN).env("OMSTEPS_OMS_USER", OMS_USER)
                .env("OMSTEPS_OMS_PASSWORD", OMS_PASSWORD).env("OMSTEPS_ENDPOINT", sim.endpoint().toString());
    }

    /** Runs, checks the exit code (so each run really went where it should), and searches all output for secrets. */
    private CliRun.Result check(int exit, CliRun cli, String... args) {
        CliRun.Result r = cli.run(args);
        String what = String.join(" ", args);
        assertEquals(exit, r.exitCode(), what + "\n" + r.all());
        for (String s : SECRETS) {
            assertFalse(r.all().contains(s), "'" + what + "' printed a secret:\n" + r.all());
        }
        checked.add(what);
        return r;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void noCommandPrintsASecret() throws Exception {
        for (String format : List.of("table", "wide", "json", "raw")) {
            check(0, cli(), "steps", FullMigrationScenario.ID, "-o", format);
            check(0, cli(), "--debug", "steps", FullMigrationScenario.ID, "-o", format);
        }
        check(1, cli(), "steps", PrecheckFailedScenario.ID, "--exit-status");
        for (String format : List.of("table", "ndjson")) {
            check(0, cli(), "watch", SteadySyncScenario.ID, "-o", format);
            check(1, cli(), "--debug", "watch", PrecheckFailedScenario.ID, "-o", format);
        }
        check(0, cli().terminal(true), "--debug", "watch", SteadySyncScenario.ID);
        check(0, cli().clock(Clock.systemUTC()).sleeper(Sleeper.REAL), "demo", "--speed", "1000000", "--interval", "50ms");
        check(0, cli(), "simulate", "--help");
        check(0, cli(), "completion", "bash");
        check(0, cli(), "--help");
        check(0, cli(), "--version");

        // error paths
        check(3, cli().env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", WRONG_SECRET), "--debug", "steps", FullMigrationScenario.ID);
        check(3, cli().env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIunknownKey"), "--debug", "steps", FullMigrationScenario.ID);
        check(3, cli(), "--debug", "steps", "np_nobody_home");
        check(3, cli(), "--debug", "steps", "--endpoint", "http://127.0.0.1:" + closedPort(), FullMigrationScenario.ID);
        check(3, cli(), "--debug", "watch", "--endpoint", "http://127.0.0.1:" + closedPort(), FullMigrationScenario.ID,
                "--max-errors", "1");
        check(2, cli(), "--debug", "steps", FullMigrationScenario.ID, "--bogus");
        check(2, cli(), "--debug", "steps", "--endpoint", "https://", FullMigrationScenario.ID);
        check(2, cli(), "--debug", "steps", "--region", "nowhere!", FullMigrationScenario.ID);
        // a mistyped secret flag, a secret where a value was not expected, a password in a URL
        check(2, cli(), "steps", FullMigrationScenario.ID, "--access-key-secrt", SECRET);
        check(2, cli(), "steps", FullMigrationScenario.ID, "--access-key-secrt=" + SECRET);
        check(2, cli(), "steps", "--access-key-secret", SECRET, "--access-key-id", KEY_ID);
        check(2, cli(), "steps", "--oms-url", "http://" + OMS_USER + ":" + OMS_PASSWORD + "@127.0.0.1:99999", "np_1");
        check(2, cli(), "steps", "--endpoint", "https://" + KEY_ID + ":" + SECRET + "@", "np_1");

        // the secret as a flag, and from standard input
        CliRun.Result flag = check(0, cli(), "--debug", "steps", "--access-key-id", KEY_ID, "--access-key-secret",
                SECRET, FullMigrationScenario.ID);
        assertTrue(flag.stderr().contains("lands in shell history"), flag.stderr());
        check(3, cli(), "--debug", "steps", "--access-key-id", KEY_ID, "--access-key-secret", WRONG_SECRET, FullMigrationScenario.ID);
        check(0, cli().stdin(SECRET + "\n"), "--debug", "steps", "--access-key-id", KEY_ID, "--access-key-secret",
                "-", FullMigrationScenario.ID);

        // a profile file holding the secret and token
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"StsToken\","
                + "\"access_key_id\":\"" + KEY_ID + "\",\"access_key_secret\":\"" + SECRET + "\",\"sts_token\":\"" + TOKEN + "\"}]}");
        check(0, cli(), "--debug", "steps", "--profile", "p", FullMigrationScenario.ID, "-o", "json");
        check(0, cli(), "__names", "profiles");

        // self-hosted OMS with Basic auth: camelCase answers, and 401 for a wrong password
        String omsUrl = "http://127.0.0.1:" + oms.getPort();
        for (String format : List.of("table", "json", "raw")) {
            check(0, cli(), "steps", "--oms-url", omsUrl, "np_1", "-o", format);
        }
        CliRun.Result selfHosted = check(0, cli(), "--debug", "steps", "--oms-url", omsUrl, "np_1");
        assertTrue(selfHosted.stderr().contains("Authorization: Basic ****"), selfHosted.stderr());
        assertTrue(selfHosted.stderr().contains("< Set-Cookie: ****"), "the answer's headers are shown, the cookie masked:\n"
                + selfHosted.stderr());
        check(0, cli(), "--debug", "watch", "--oms-url", omsUrl, "np_1", "-o", "ndjson", "--until", "FULL_TRANSFER>=40");
        check(3, cli().env("OMSTEPS_OMS_PASSWORD", WRONG_SECRET), "--debug", "steps", "--oms-url", omsUrl, "np_1");
        check(3, cli().env("OMSTEPS_OMS_PASSWORD", WRONG_SECRET), "watch", "--oms-url", omsUrl, "np_1");
        assertEquals("Basic " + BASIC, oms.takeRequest().getHeaders().get("Authorization"), "the password really was sent");

        assertTrue(checked.size() >= 35, "every command ran: " + checked.size() + " runs");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void debugShowsTheExchangeWithCredentialsMasked() {
        CliRun.Result r = check(0, cli(), "--debug", "steps", FullMigrationScenario.ID);
        String err = r.stderr();
        assertTrue(err.contains("> POST " + sim.endpoint()), err);
        assertTrue(err.contains("> Authorization: ACS3-HMAC-SHA256 Credential=" + KEY_ID), "the key ID helps debugging:\n" + err);
        assertTrue(err.contains("Signature=****"), err);
        assertTrue(err.contains("> x-acs-security-token: ****"), err);
        assertTrue(err.contains("> Id=" + FullMigrationScenario.ID), "the request body is shown:\n" + err);
        assertTrue(err.contains("< 200"), "the answer is shown:\n" + err);
        assertFalse(err.matches("(?s).*Signature=[0-9a-f]{64}.*"), "no signature, which would be replayable:\n" + err);
    }

    /** A loopback port nobody listens on (bound, then released). */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
