package dev.omsteps.credentials;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The Alibaba Cloud default credential chain, in the order of the official credentials library
 * (credentials-java's {@code DefaultCredentialsProvider}): the environment's AccessKey, OIDC role
 * assumption from the environment, the aliyun CLI's config.json, the credentials file, the ECS
 * instance role, a credentials URI. The first source that is configured wins; its credentials are
 * fetched when the first request needs them.
 * <p>
 * One difference, on purpose: the official chain tries the ECS metadata service on every machine, and
 * off ECS that costs a connect timeout before "no credentials". omsteps asks it only when
 * {@value CredentialEnv#ECS_METADATA} (the role name) or {@value CredentialEnv#ECS_METADATA_ENDPOINT} is
 * set, or a profile is in mode EcsRamRole.
 */
public final class CredentialChain {

    /** The provider found, and the region its profile names (may be null). */
    public record Resolution(CredentialsProvider provider, String profileRegion) {
    }

    private final Map<String, String> env;
    private final Path home;
    private final TemporarySources sources;
    private final ProfileCredentials profiles;

    public CredentialChain(Map<String, String> env, Path home, Clock clock, CredentialsHttp http) {
        this.env = env;
        this.home = home;
        this.sources = new TemporarySources(env, clock, http);
        this.profiles = new ProfileCredentials(sources);
    }

    /**
     * The first configured source. A profile named on the command line ({@code explicit}) skips the
     * environment and the instance sources; a named profile that is nowhere is an error.
     */
    public Optional<Resolution> resolve(String profileName, boolean explicit) {
        if (!explicit) {
            Optional<CredentialsProvider> fromEnv = environment().or(this::oidcFromEnvironment);
            if (fromEnv.isPresent()) {
                return Optional.of(new Resolution(fromEnv.get(), null));
            }
        }
        if (!"true".equalsIgnoreCase(env.get(CredentialEnv.CLI_PROFILE_DISABLED))) {
            CliConfigFile cli = CliConfigFile.at(home).load();
            String wanted = profileName != null ? profileName : cli.current();
            CliProfile p = wanted == null ? null : cli.profiles().get(wanted);
            if (p != null) {
                return Optional.of(new Resolution(profiles.fromCli(cli, p), p.regionId()));
            }
        }
        IniFile ini = IniFile.read(credentialsFile());
        String section = profileName != null ? profileName : "default";
        Map<String, String> s = ini.section(section);
        if (s != null) {
            return Optional.of(new Resolution(profiles.fromIni(ini, section, s), s.get("region_id")));
        }
        if (profileName != null) {
            throw CredentialsException.config("profile '" + profileName + "' was not found in the aliyun CLI's config.json nor in "
                    + ini.path(), "check the name with 'aliyun configure list'" + (explicit ? "" : ", or unset " + CredentialEnv.PROFILE));
        }
        return instanceSources().map(p -> new Resolution(p, null));
    }

    private Optional<CredentialsProvider> environment() {
        String id = env.get(CredentialEnv.ACCESS_KEY_ID);
        String secret = env.get(CredentialEnv.ACCESS_KEY_SECRET);
        if (blank(id) || blank(secret)) {
            return Optional.empty();
        }
        String token = env.get(CredentialEnv.SECURITY_TOKEN);
        return Optional.of(new StaticCredentials(new Credentials(id.strip(), secret.strip(), blank(token) ? null : token.strip(), "environment")));
    }

    /** ACK's RRSA and other OIDC setups: all three variables, or none. */
    private Optional<CredentialsProvider> oidcFromEnvironment() {
        String role = env.get(CredentialEnv.ROLE_ARN);
        String provider = env.get(CredentialEnv.OIDC_PROVIDER_ARN);
        String tokenFile = env.get(CredentialEnv.OIDC_TOKEN_FILE);
        if (blank(role) || blank(provider) || blank(tokenFile)) {
            return Optional.empty();
        }
        return Optional.of(sources.oidcRole(provider.strip(), Path.of(tokenFile.strip()), sources.role(role.strip(), null, null, null, null),
                sources.stsEndpoint(null, null, false), "environment (OIDC " + role.strip() + ")"));
    }

    private Path credentialsFile() {
        String f = env.get(CredentialEnv.CREDENTIALS_FILE);
        if (blank(f)) {
            return home.resolve(".alibabacloud").resolve("credentials.ini");
        }
        Path p = Path.of(f.strip());
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw CredentialsException.config(CredentialEnv.CREDENTIALS_FILE + " names " + p + ", which is not a file",
                    "fix the path or unset " + CredentialEnv.CREDENTIALS_FILE);
        }
        return p;
    }

    private Optional<CredentialsProvider> instanceSources() {
        boolean ecsDisabled = "true".equalsIgnoreCase(env.get(CredentialEnv.ECS_METADATA_DISABLED));
        String role = env.get(CredentialEnv.ECS_METADATA);
        if (!ecsDisabled && (!blank(role) || !blank(env.get(CredentialEnv.ECS_METADATA_ENDPOINT)))) {
            String r = blank(role) ? null : role.strip();
            return Optional.of(sources.ecsRole(r, "ECS instance role" + (r == null ? "" : " " + r)));
        }
        String uri = env.get(CredentialEnv.CREDENTIALS_URI);
        if (!blank(uri)) {
            return Optional.of(sources.uri(uri, "credentials URI (" + CredentialEnv.CREDENTIALS_URI + ")"));
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
