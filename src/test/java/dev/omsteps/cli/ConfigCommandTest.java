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
    void noFileIsFine() {
        CliRun.Result r = new CliRun(home).run("config");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("(no contexts)"));
    }
}
