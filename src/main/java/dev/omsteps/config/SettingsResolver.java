package dev.omsteps.config;

import dev.omsteps.credentials.CredentialChain;
import dev.omsteps.credentials.CredentialEnv;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.credentials.CredentialsHttp;
import dev.omsteps.credentials.CredentialsProvider;
import dev.omsteps.credentials.StaticCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves endpoint, region and credentials. Credentials come from the command-line flags, else from the
 * Alibaba Cloud default chain ({@link CredentialChain}: environment, OIDC, the aliyun CLI's config.json,
 * the credentials file, the ECS instance role, a credentials URI). An explicitly named profile skips the
 * environment.
 */
public final class SettingsResolver {

    public static final String DEFAULT_REGION = "cn-hangzhou";
    public static final String ENV_ACCESS_KEY_ID = CredentialEnv.ACCESS_KEY_ID;
    public static final String ENV_ACCESS_KEY_SECRET = CredentialEnv.ACCESS_KEY_SECRET;
    public static final String ENV_SECURITY_TOKEN = CredentialEnv.SECURITY_TOKEN;
    public static final String ENV_REGION = "ALIBABA_CLOUD_REGION_ID";
    public static final String ENV_PROFILE = CredentialEnv.PROFILE;
    public static final String ENV_ENDPOINT = "OMSTEPS_ENDPOINT";

    private final Map<String, String> env;
    private final CredentialChain chain;

    public SettingsResolver(Map<String, String> env, Path home) {
        this(env, home, Clock.systemUTC(), CredentialsHttp.defaults());
    }

    /** {@code clock} decides when temporary credentials are refreshed; {@code http} fetches them. */
    public SettingsResolver(Map<String, String> env, Path home, Clock clock, CredentialsHttp http) {
        this.env = env;
        this.chain = new CredentialChain(env, home, clock, http);
    }

    public CloudSettings resolve(SettingsOverrides o) {
        String profileName = firstNonBlank(o.profile(), env.get(ENV_PROFILE));
        boolean profileExplicit = !isBlank(o.profile());
        CredentialsProvider creds = fromFlags(o);
        String profileRegion = null;
        if (creds == null) {
            CredentialChain.Resolution r;
            try {
                r = chain.resolve(profileName, profileExplicit).orElseThrow(() -> new ConfigException("no Alibaba Cloud credentials found",
                        "set " + ENV_ACCESS_KEY_ID + " and " + ENV_ACCESS_KEY_SECRET + ", or configure a profile with 'aliyun configure'"
                                + " (the README's Credentials section lists every source)"));
            } catch (CredentialsException e) {
                throw new ConfigException(e.getMessage(), e.hint());
            }
            creds = r.provider();
            profileRegion = r.profileRegion();
        }
        String region = firstNonBlank(o.region(), env.get(ENV_REGION), profileRegion, DEFAULT_REGION);
        if (!region.matches("[a-z0-9-]{2,40}")) {
            throw new ConfigException("region '" + region + "' is not a region ID", "use an ID such as cn-hangzhou or ap-southeast-1");
        }
        String endpoint = firstNonBlank(o.endpoint(), env.get(ENV_ENDPOINT));
        URI uri = endpoint != null ? parseEndpoint(endpoint) : URI.create("https://oceanbasepro." + region + ".aliyuncs.com/");
        return new CloudSettings(uri, region, creds);
    }

    private static CredentialsProvider fromFlags(SettingsOverrides o) {
        if (isBlank(o.accessKeyId()) && isBlank(o.accessKeySecret())) {
            return null;
        }
        if (isBlank(o.accessKeyId()) || isBlank(o.accessKeySecret())) {
            throw new ConfigException("--access-key-id and the secret must be given together",
                    "give both, or neither and let the environment or a profile supply them");
        }
        return new StaticCredentials(new Credentials(o.accessKeyId().strip(), o.accessKeySecret().strip(),
                blankToNull(o.securityToken()), "command line"));
    }

    /** Accepts {@code https://host[:port][/]} and, for a local simulator, {@code http://}. */
    public static URI parseEndpoint(String text) {
        String t = text.strip();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // a port outside 1..65535 would pass java.net.URI and fail later, deep in the HTTP client
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getPort() == 0
                    || uri.getPort() > 65_535) {
                throw new URISyntaxException(text, "not an http(s) URL with a host");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(scheme, null, uri.getHost(), uri.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new ConfigException("endpoint '" + Endpoints.withoutUserInfo(text) + "' is not a valid URL",
                    "use a URL such as https://oceanbasepro.cn-hangzhou.aliyuncs.com");
        }
    }

    /** The first value that is neither null nor blank, stripped; null when there is none. */
    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
