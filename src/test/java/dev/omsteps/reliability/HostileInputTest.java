package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files and environment: bounded reads, no blocking on a FIFO, credentials checked before use, printable output. */
class HostileInputTest {

    private static final String ENDPOINT = "http://127.0.0.1:9";

    @TempDir
    Path home;

    private static void assertOneCleanLine(CliRun.Result r, int exit, String expect) {
        assertEquals(exit, r.exitCode(), r.all());
        assertTrue(r.stderr().contains(expect), r.stderr());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertFalse(r.all().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c >= 0x80 && c < 0xa0), r.all());
    }

    @Test
    void hugeConfigFilesAreRefusedBeforeTheyAreRead() throws Exception {
        Path aliyun = home.resolve(".aliyun/config.json");
        Files.createDirectories(aliyun.getParent());
        Files.writeString(aliyun, "{\"profiles\":[" + "{},".repeat(700_000) + "{}]}");
        assertOneCleanLine(new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1"), 2, "larger than 1024 KiB");

        Path ini = home.resolve(".alibabacloud/credentials.ini");
        Files.createDirectories(ini.getParent());
        Files.delete(aliyun);
        Files.writeString(ini, "[default]\n" + "a = b\n".repeat(300_000));
        assertOneCleanLine(new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1"), 2, "larger than 1024 KiB");

        Path contexts = home.resolve("contexts.yaml");
        Files.writeString(contexts, "contexts:\n" + "  c: {region: cn-hangzhou}\n".repeat(60_000));
        assertOneCleanLine(new CliRun(home).env("OMSTEPS_CONFIG", contexts.toString()).run("config"), 2, "larger than 1024 KiB");
    }

    @Test
    void caCertFromADeviceOrAFifoIsRefusedWithoutReading() throws Exception {
        assertOneCleanLine(new CliRun(home).credentials("AK", "SK").env("OMSTEPS_ENDPOINT", "https://127.0.0.1:9")
                .run("steps", "np_1", "--ca-cert", "/dev/zero"), 2, "not a regular file");
        Path fifo = home.resolve("ca.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        assertOneCleanLine(new CliRun(home).credentials("AK", "SK").env("OMSTEPS_ENDPOINT", "https://127.0.0.1:9")
                .run("steps", "np_1", "--ca-cert", fifo.toString()), 2, "not a regular file");
    }

    @Test
    @Timeout(30)
    void credentialsWithALineBreakOrNonAsciiAreAUsageErrorNamingWhereNotWhat() throws Exception {
        String token = "TOKEN-secret-part\nx-evil: 1";
        CliRun.Result r = new CliRun(home).credentials("AK", "SK").env("ALIBABA_CLOUD_SECURITY_TOKEN", token)
                .env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1");
        assertOneCleanLine(r, 2, "ALIBABA_CLOUD_SECURITY_TOKEN");
        assertFalse(r.all().contains("TOKEN-secret-part"), r.all());

        r = new CliRun(home).credentials("AK", "séçret-ü").env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1");
        assertOneCleanLine(r, 2, "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        assertFalse(r.all().contains("séçret"), r.all());

        r = new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT)
                .run("steps", "np_1", "--access-key-id", "AK\u001b[2J", "--access-key-secret", "SK");
        assertOneCleanLine(r, 2, "--access-key-id");

        Path aliyun = home.resolve(".aliyun/config.json");
        Files.createDirectories(aliyun.getParent());
        Files.writeString(aliyun, "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"StsToken\",\"access_key_id\":\"AK\","
                + "\"access_key_secret\":\"SK\",\"sts_token\":\"tok\\u2028en-part\"}]}");
        r = new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1");
        assertOneCleanLine(r, 2, "config.json");
        assertFalse(r.all().contains("en-part"), r.all());

        Files.delete(aliyun);
        Path ini = home.resolve(".alibabacloud/credentials.ini");
        Files.createDirectories(ini.getParent());
        Files.writeString(ini, "[default]\ntype = access_key\naccess_key_id = AK\naccess_key_secret = SK-pärt\n");
        r = new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT).run("steps", "np_1");
        assertOneCleanLine(r, 2, "credentials.ini");
        assertFalse(r.all().contains("pärt"), r.all());
    }

    @Test
    void aHugeOidcTokenFileIsRefusedBeforeItIsRead() throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, "x".repeat(2 * 1024 * 1024));
        CliRun.Result r = new CliRun(home).env("OMSTEPS_ENDPOINT", ENDPOINT).env("OMSTEPS_STS_ENDPOINT", ENDPOINT)
                .env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true").env("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r")
                .env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p")
                .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString()).run("steps", "np_1");
        assertOneCleanLine(r, 2, "larger than 1024 KiB");
        assertTrue(r.stderr().contains("OIDC token file"), r.stderr());
    }

    @Test
    void theContextsFileIsListedPrintable() throws Exception {
        Path contexts = home.resolve("contexts.yaml");
        Files.writeString(contexts, "current-context: \"a\\e[2J\"\ncontexts:\n  \"a\\e[2J\": {oms-url: \"http://x\\e]0;t\\a\", oms-user: \"u\\x9b1m\"}\n");
        CliRun.Result r = new CliRun(home).env("OMSTEPS_CONFIG", contexts.toString()).run("config");
        assertFalse(r.all().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c >= 0x80 && c < 0xa0), r.all());
        assertTrue(r.stdout().contains("a?[2J"), r.stdout());
    }
}
