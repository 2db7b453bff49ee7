package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    @TempDir
    Path home;

    @Test
    void listsAndChecksContexts() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"prod\",\"profiles\":[{\"name\":\"prod\",\"mode\":\"AK\","
                + "\"access_key_id\":\"AK_PROD\",\"access_key_secret\":\"SK_PROD_SECRET\"}]}");
        Path cfg = home.resolve("xdg/omsteps/config.yaml");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "current-context: prod\ncontexts:\n  prod: {profile: prod, region: cn-shanghai}\n"
                + "  dc1: {oms-url: \"https://oms.dc1.example.com:8089\", oms-user: admin}\n  broken: {profile: nope}\n");
        CliRun.Result r = new CliRun(home).env("XDG_CONFIG_HOME", home.resolve("xdg").toString()).run("config");
        assertEquals(2, r.exitCode(), r.all());
        String out = r.stdout();
        assertTrue(out.contains("Config file: " + cfg), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("*") && l.contains("prod") && l.contains("cloud") && l.endsWith("ok")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("dc1") && l.contains("oms") && l.contains("user admin") && l.endsWith("ok")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("broken") && l.contains("profile 'nope' was not found")), out);
        assertTrue(!r.all().contains("SK_PROD_SECRET"));
    }

    @Test
    void aContextThatIsNotInTheFileIsExit2AsForSteps() throws Exception {
        Path cfg = home.resolve("xdg/omsteps/config.yaml");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "contexts:\n  dc1: {oms-url: \"https://oms.dc1.example.com:8089\", oms-user: admin}\n");
        CliRun cli = new CliRun(home).env("XDG_CONFIG_HOME", home.resolve("xdg").toString());
        CliRun.Result r = cli.run("config", "--context", "x");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("context 'x' is not in"), r.stdout());
        assertEquals(0, cli.run("config", "--context", "dc1").exitCode());
    }

    @Test
    void noFileIsFine() {
        CliRun.Result r = new CliRun(home).run("config");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("(no contexts)"));
    }

    @Test
    void namesTheProfileItResolved() throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"work\",\"profiles\":[{\"name\":\"work\",\"mode\":\"AK\","
                + "\"access_key_id\":\"AK_WORK\",\"access_key_secret\":\"SK_WORK_SECRET\",\"region_id\":\"cn-beijing\"}]}");
        CliRun.Result r = new CliRun(home).run("config");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("Resolved: no context, cloud https://oceanbasepro.cn-beijing.aliyuncs.com/, region cn-beijing"),
                r.stdout());
        assertTrue(r.stdout().contains("Credentials: aliyun CLI profile 'work' (AK)"), r.stdout());
        assertTrue(!r.all().contains("SK_WORK_SECRET"));
    }

    @Test
    void aMissingFileNamedByOmstepsConfigIsAnError() {
        CliRun.Result r = new CliRun(home).env("OMSTEPS_CONFIG", home.resolve("nope.yaml").toString()).run("config");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().startsWith("omsteps: OMSTEPS_CONFIG names " + home.resolve("nope.yaml")), r.stderr());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
    }

    @Test
    void duplicateContextNamesAreRefused() throws Exception {
        Path cfg = home.resolve("c.yaml");
        Files.writeString(cfg, "contexts:\n  prod: {region: cn-shanghai}\n  prod: {region: cn-beijing}\n");
        CliRun.Result r = new CliRun(home).env("OMSTEPS_CONFIG", cfg.toString()).run("config");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("'prod' is defined twice at line 3"), r.stderr());
    }

    @Test
    void homeComesFromTheEnvironmentNotThePasswdEntry() throws Exception {
        assertEquals(home, CliContext.home(java.util.Map.of("HOME", home.toString()), "/passwd/home"));
        assertEquals(Path.of("/passwd/home"), CliContext.home(java.util.Map.of(), "/passwd/home"));
        assertEquals(Path.of("/passwd/home"), CliContext.home(java.util.Map.of("HOME", ""), "/passwd/home"));
    }

    @Test
    void xdgConfigHomeAndHomeBothPlaceTheFile() throws Exception {
        Path viaHome = home.resolve(".config/omsteps/config.yaml");
        Files.createDirectories(viaHome.getParent());
        Files.writeString(viaHome, "contexts:\n  fromhome: {oms-url: \"http://127.0.0.1:1\"}\n");
        assertTrue(new CliRun(home).run("config").stdout().contains("fromhome"));
        Path xdg = home.resolve("xdg");
        Files.createDirectories(xdg.resolve("omsteps"));
        Files.writeString(xdg.resolve("omsteps/config.yaml"), "contexts:\n  fromxdg: {oms-url: \"http://127.0.0.1:1\"}\n");
        String out = new CliRun(home).env("XDG_CONFIG_HOME", xdg.toString()).run("config").stdout();
        assertTrue(out.contains("fromxdg") && !out.contains("fromhome"), out);
    }
}
