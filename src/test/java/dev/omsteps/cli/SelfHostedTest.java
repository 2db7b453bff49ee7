package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.Flavour;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands against the self-hosted flavour of the simulator: camelCase, Basic auth, no signature. */
class SelfHostedTest {

    @TempDir
    Path home;
    Simulator sim;
    String url;
    static final String USER = Simulator.selfHostedDemoUser()[0];
    static final String PASSWORD = Simulator.selfHostedDemoUser()[1];

    @BeforeEach
    void start() throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withSpeed(3000), Flavour.SELFHOSTED);
        url = sim.start().toString();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    CliRun cli() {
        return new CliRun(home).env("OMSTEPS_OMS_USER", USER).env("OMSTEPS_OMS_PASSWORD", PASSWORD);
    }

    void noSecrets(CliRun.Result r) {
        assertFalse(r.all().contains(PASSWORD), "the password leaked");
        assertFalse(r.all().contains(Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes())), "Basic credentials leaked");
    }

    @Test
    void stepsRendersTheFullMigrationFromCamelCase() {
        CliRun.Result r = cli().env("COLUMNS", "200").run("steps", "np_sim_full_migration", "--oms-url", url);
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("Pre-check"), "TRANSFER_PRECHECK gets its English name: " + r.stdout());
        assertTrue(r.stdout().contains("Full migration"), r.stdout());
        assertTrue(r.stdout().contains("Schema migration") && r.stdout().contains("Forward switchover"), r.stdout());
        noSecrets(r);
    }

    @Test
    void jsonAndRawFromTheSelfHostedApi() throws Exception {
        CliRun.Result raw = cli().env("OMSTEPS_OMS_URL", url).run("steps", "np_sim_full_migration", "-o", "raw");
        assertEquals(0, raw.exitCode(), raw.all());
        assertTrue(raw.stdout().contains("\"cost\":\"13 ms\"") && raw.stdout().contains("\"success\":true"), raw.stdout());
        CliRun.Result json = cli().env("OMSTEPS_OMS_URL", url).run("steps", "np_sim_full_migration", "-o", "json");
        JsonNode doc = new ObjectMapper().readTree(json.stdout());
        assertEquals("TRANSFER_PRECHECK", doc.get("steps").get(0).get("name").asText());
        assertEquals("Pre-check", doc.get("steps").get(0).get("title").asText());
        assertTrue(doc.get("steps").size() >= 6);
    }

    @Test
    void debugMasksBasicAuth() {
        CliRun.Result r = cli().run("--debug", "steps", "np_sim_full_migration", "--oms-url", url);
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("Authorization: Basic ****"), r.stderr());
        noSecrets(r);
    }

    @Test
    void aWrongPasswordExits3() {
        CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_USER", USER).env("OMSTEPS_OMS_PASSWORD", "wrong")
                .run("steps", "np_sim_full_migration", "--oms-url", url);
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("check the OMS user and password"), r.stderr());
        assertEquals("omsteps: OMS refused the user 'admin' (HTTP 401) — check the OMS user and password (OMSTEPS_OMS_USER, OMSTEPS_OMS_PASSWORD)\n", r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    }

    @Test
    void noPasswordAndNoTerminalIsUsage() {
        CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_USER", USER).run("steps", "np_1", "--oms-url", url);
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("no password for OMS user 'admin'"), r.stderr());
        assertEquals("omsteps: no password for OMS user 'admin' — set OMSTEPS_OMS_PASSWORD (or run on a terminal to be asked)\n", r.stderr());
    }

    /** A console that answers the password prompt as a user at the terminal would, and remembers what it was asked. */
    static final class TypingUser implements UserConsole {
        final List<String> prompts = new java.util.ArrayList<>();
        private final String typed;

        TypingUser(String typed) {
            this.typed = typed;
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            return typed == null ? null : typed.toCharArray();
        }

        @Override
        public java.nio.charset.Charset charset() {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    @Test
    void aUserWithoutAPasswordIsAskedOnTheConsole() {
        TypingUser console = new TypingUser(PASSWORD);
        CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_USER", USER).console(console)
                .run("steps", "np_sim_full_migration", "--oms-url", url, "-o", "json");
        assertEquals(0, r.exitCode(), r.all());
        assertEquals(List.of("OMS password for " + USER + ": "), console.prompts);
        assertTrue(r.stdout().contains("\"projectId\" : \"np_sim_full_migration\""), r.stdout());
        assertEquals("", r.stderr());
        noSecrets(r);
    }

    @Test
    void aPromptAnsweredWithEndOfInputIsUsage() {
        TypingUser console = new TypingUser(null);
        CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_USER", USER).console(console)
                .run("steps", "np_1", "--oms-url", url);
        assertEquals(2, r.exitCode());
        assertEquals(1, console.prompts.size(), "asked once");
        assertTrue(r.stderr().startsWith("omsteps: no password for OMS user 'admin'"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    }

    @Test
    void aPasswordInTheEnvironmentIsNotAskedFor() {
        TypingUser console = new TypingUser("not this one");
        CliRun.Result r = cli().console(console).run("steps", "np_sim_full_migration", "--oms-url", url);
        assertEquals(0, r.exitCode(), r.all());
        assertEquals(List.of(), console.prompts);
    }

    @Test
    void aUserNameIsMadePrintableInThePrompt() {
        TypingUser console = new TypingUser("x");
        new CliRun(home).env("OMSTEPS_OMS_USER", "ad\u001b[2Jmin").console(console).run("steps", "np_1", "--oms-url", url);
        assertEquals(1, console.prompts.size());
        assertFalse(console.prompts.get(0).contains("\u001b"), console.prompts.get(0));
    }

    @Test
    void unknownProjectExits3() {
        CliRun.Result r = cli().run("steps", "np_nope", "--oms-url", url);
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().contains("not found"), r.stderr());
    }

    @Test
    void retryLaterInChineseIsTransientInWatch() throws Exception {
        FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
        CliRun.Result r = cli().clock(clock).sleeper(clock.sleeper())
                .run("watch", Simulator.selfHostedCreatingProject(), "--oms-url", url, "-o", "ndjson", "--max-errors", "3");
        assertEquals(3, r.exitCode(), r.all());
        List<JsonNode> errors = r.stdout().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).filter(e -> e.get("event").asText().equals("poll-error")).toList();
        assertEquals(3, errors.size(), r.stdout());
        assertTrue(errors.get(0).get("willRetry").asBoolean());
        assertEquals("unavailable", errors.get(0).get("kind").asText());
        assertTrue(errors.get(0).get("message").asText().contains("重试"), r.stdout());
    }

    @Test
    void aContextNamesTheOmsAndItsUser() throws Exception {
        Path cfg = home.resolve(".config/omsteps/config.yaml");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "current-context: cloud\ncontexts:\n  cloud: {region: cn-hangzhou}\n  dc1: {oms-url: \"" + url
                + "\", oms-user: " + USER + "}\n");
        CliRun.Result r = new CliRun(home).env("OMSTEPS_OMS_PASSWORD", PASSWORD).run("steps", "np_sim_sync_monitoring", "--context", "dc1");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("MONITORING"), r.stdout());
        CliRun.Result missing = new CliRun(home).run("steps", "np_1", "--context", "nope");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("context 'nope'") && missing.stderr().contains("cloud, dc1"), missing.stderr());
        Files.writeString(cfg, "contexts:\n  x: {oms-ulr: http://typo}\n");
        CliRun.Result typo = new CliRun(home).run("steps", "np_1", "--context", "x");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.stderr().contains("unknown setting 'oms-ulr'"), typo.stderr());
    }
}
