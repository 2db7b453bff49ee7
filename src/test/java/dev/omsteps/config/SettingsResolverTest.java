package dev.omsteps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsResolverTest {

    @TempDir
    Path home;

    void aliyunConfig(String json) throws Exception {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), json);
    }

    void ini(String text) throws Exception {
        Files.createDirectories(home.resolve(".alibabacloud"));
        Files.writeString(home.resolve(".alibabacloud/credentials.ini"), text);
    }

    static final String CONFIG = "{\"current\":\"prod\",\"profiles\":["
            + "{\"name\":\"prod\",\"mode\":\"AK\",\"access_key_id\":\"AK_PROD\",\"access_key_secret\":\"SK_PROD\",\"region_id\":\"cn-shanghai\"},"
            + "{\"name\":\"sts\",\"mode\":\"StsToken\",\"access_key_id\":\"AK_STS\",\"access_key_secret\":\"SK_STS\",\"sts_token\":\"TOK\",\"region_id\":\"ap-southeast-1\"},"
            + "{\"name\":\"ram\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"x\",\"access_key_secret\":\"y\"},"
            + "{\"name\":\"sso\",\"mode\":\"CloudSSO\",\"cloud_sso_sign_in_url\":\"https://signin.example.com\"},"
            + "{\"name\":\"ext\",\"mode\":\"External\",\"process_command\":\"get-creds\"}]}";

    @Test
    void flagsBeatEnvironmentBeatsFiles() throws Exception {
        aliyunConfig(CONFIG);
        Map<String, String> env = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK_ENV", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK_ENV");
        SettingsResolver r = new SettingsResolver(env, home);
        assertEquals("AK_FLAG", r.resolve(new SettingsOverrides(null, null, null, "AK_FLAG", "SK_FLAG", null)).credentials().current().accessKeyId());
        CloudSettings fromEnv = r.resolve(SettingsOverrides.none());
        assertEquals("AK_ENV", fromEnv.credentials().current().accessKeyId());
        assertEquals("cn-hangzhou", fromEnv.region(), "env credentials do not take the file's region");
        CloudSettings fromFile = new SettingsResolver(Map.of(), home).resolve(SettingsOverrides.none());
        assertEquals("AK_PROD", fromFile.credentials().current().accessKeyId());
        assertEquals("cn-shanghai", fromFile.region());
        assertEquals("https://oceanbasepro.cn-shanghai.aliyuncs.com/", fromFile.endpoint().toString());
    }

    @Test
    void namedProfileInStsTokenModeCarriesTheToken() throws Exception {
        aliyunConfig(CONFIG);
        Map<String, String> env = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK_ENV", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK_ENV");
        CloudSettings s = new SettingsResolver(env, home).resolve(new SettingsOverrides(null, null, "sts", null, null, null));
        assertEquals("AK_STS", s.credentials().current().accessKeyId());
        assertEquals("TOK", s.credentials().current().securityToken());
        assertEquals("ap-southeast-1", s.region());
        assertFalse(s.credentials().toString().contains("SK_STS"));
        assertFalse(s.credentials().toString().contains("TOK"));
    }

    @Test
    void unsupportedModeAndMissingProfileAreClearErrors() throws Exception {
        aliyunConfig(CONFIG);
        SettingsResolver r = new SettingsResolver(Map.of(), home);
        ConfigException mode = assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides(null, null, "ram", null, null, null)));
        assertTrue(mode.getMessage().contains("RamRoleArn") && mode.getMessage().contains("ram_role_arn"), mode.getMessage());
        ConfigException sso = assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides(null, null, "sso", null, null, null)));
        assertTrue(sso.getMessage().contains("CloudSSO") && sso.getMessage().contains("browser"), sso.getMessage());
        ConfigException ext = assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides(null, null, "ext", null, null, null)));
        assertTrue(ext.getMessage().contains("External") && ext.getMessage().contains("CredentialsURI"), ext.getMessage());
        assertEquals(java.util.List.of("prod", "ram", "sts"), ProfileNames.list(home), "completion leaves out what would be refused");
        ConfigException missing = assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides(null, null, "nope", null, null, null)));
        assertTrue(missing.getMessage().contains("'nope'"));
    }

    @Test
    void credentialsIniIsTheLastResort() throws Exception {
        ini("# comment\n[default]\nenable = true\ntype = access_key\naccess_key_id = AK_INI\naccess_key_secret = \"SK_INI\"\n\n[other]\ntype=access_key\naccess_key_id=AK_O\naccess_key_secret=SK_O\n");
        CloudSettings s = new SettingsResolver(Map.of(), home).resolve(SettingsOverrides.none());
        assertEquals("AK_INI", s.credentials().current().accessKeyId());
        assertEquals("SK_INI", s.credentials().current().accessKeySecret());
        assertNull(s.credentials().current().securityToken());
        CloudSettings other = new SettingsResolver(Map.of("ALIBABA_CLOUD_PROFILE", "other"), home).resolve(SettingsOverrides.none());
        assertEquals("AK_O", other.credentials().current().accessKeyId());
    }

    @Test
    void malformedFilesAreConfigErrors() throws Exception {
        aliyunConfig("{not json");
        assertThrows(ConfigException.class, () -> new SettingsResolver(Map.of(), home).resolve(SettingsOverrides.none()));
        Files.delete(home.resolve(".aliyun/config.json"));
        ini("access_key_id = before any section\n");
        assertThrows(ConfigException.class, () -> new SettingsResolver(Map.of(), home).resolve(SettingsOverrides.none()));
    }

    @Test
    void endpointOverridesRegionAndIsValidated() {
        Map<String, String> env = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "a", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "b");
        SettingsResolver r = new SettingsResolver(env, home);
        assertEquals("http://127.0.0.1:8080/", r.resolve(new SettingsOverrides("http://127.0.0.1:8080", null, null, null, null, null)).endpoint().toString());
        assertEquals("https://example.com/", r.resolve(new SettingsOverrides("example.com", null, null, null, null, null)).endpoint().toString());
        assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides("http://", null, null, null, null, null)));
        assertThrows(ConfigException.class, () -> r.resolve(new SettingsOverrides(null, "cn hangzhou;rm", null, null, null, null)));
    }
}
