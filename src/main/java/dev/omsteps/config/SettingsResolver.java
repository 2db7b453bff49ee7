package dev.omsteps.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves endpoint, region and credentials. Credentials come from the first source that has a
 * complete key pair: command-line flags, the environment, the {@code aliyun} CLI's config.json,
 * then the SDKs' credentials.ini. An explicitly named profile skips the environment.
 */
public final class SettingsResolver {

    public static final String DEFAULT_REGION = "cn-hangzhou";
    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";
    public static final String ENV_REGION = "ALIBABA_CLOUD_REGION_ID";
    public static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";
    public static final String ENV_ENDPOINT = "OMSTEPS_ENDPOINT";

    private final Map<String, String> env;
    private final AliyunCliConfig aliyunConfig;
    private final CredentialsIni credentialsIni;

    public SettingsResolver(Map<String, String> env, Path home) {
        this.env = env;
        this.aliyunConfig = new AliyunCliConfig(home.resolve(".aliyun").resolve("config.json"));
        this.credentialsIni = new CredentialsIni(home.resolve(".alibabacloud").resolve("credentials.ini"));
    }

    public CloudSettings resolve(SettingsOverrides o) {
        String profileName = firstNonBlank(o.profile(), env.get(ENV_PROFILE));
        boolean profileExplicit = !isBlank(o.profile());
        Credentials creds = fromFlags(o);
        ProfileSettings profile = null;
        if (creds == null && !profileExplicit) {
            creds = fromEnvironment();
        }
        if (creds == null) {
            Optional<ProfileSettings> p = aliyunConfig.profile(profileName);
            String file = "aliyun CLI";
            if (p.isEmpty() || !p.get().hasKeyPair()) {
                p = credentialsIni.profile(profileName);
                file = "credentials.ini";
            }
            if (p.isPresent() && p.get().hasKeyPair()) {
                profile = p.get();
                String source = file + " profile '" + profile.name() + "'";
                creds = new Credentials(profile.accessKeyId(), profile.accessKeySecret(), profile.securityToken(), source);
            } else if (profileName != null) {
                throw new ConfigException("profile '" + profileName + "' was not found or has no AccessKey pair",
                        "check the name with 'aliyun configure list', or unset " + ENV_PROFILE);
            }
        }
        if (creds == null) {
            throw new ConfigException("no Alibaba Cloud credentials found",
                    "set " + ENV_ACCESS_KEY_ID + " and " + ENV_ACCESS_KEY_SECRET + ", or configure a profile with 'aliyun configure'");
        }
        String region = firstNonBlank(o.region(), env.get(ENV_REGION), profile == null ? null : profile.regionId(), DEFAULT_REGION);
        if (!region.matches("[a-z0-9-]{2,40}")) {
            throw new ConfigException("region '" + region + "' is not a region ID", "use an ID such as cn-hangzhou or ap-southeast-1");
        }
        String endpoint = firstNonBlank(o.endpoint(), env.get(ENV_ENDPOINT));
        URI uri = endpoint != null ? parseEndpoint(endpoint) : URI.create("https://oceanbasepro." + region + ".aliyuncs.com/");
        return new CloudSettings(uri, region, creds);
    }

    private static Credentials fromFlags(SettingsOverrides o) {
        if (isBlank(o.accessKeyId()) && isBlank(o.accessKeySecret())) {
            return null;
        }
        if (isBlank(o.accessKeyId()) || isBlank(o.accessKeySecret())) {
            throw new ConfigException("--access-key-id and the secret must be given together",
                    "give both, or neither and let the environment or a profile supply them");
        }
        return new Credentials(o.accessKeyId().strip(), o.accessKeySecret().strip(), blankToNull(o.securityToken()), "command line");
    }

    private Credentials fromEnvironment() {
        String id = env.get(ENV_ACCESS_KEY_ID);
        String secret = env.get(ENV_ACCESS_KEY_SECRET);
        if (isBlank(id) || isBlank(secret)) {
            return null;
        }
        return new Credentials(id.strip(), secret.strip(), blankToNull(env.get(ENV_SECURITY_TOKEN)), "environment");
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
