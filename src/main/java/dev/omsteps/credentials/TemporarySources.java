package dev.omsteps.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the providers of temporary credentials (role assumption, OIDC, the ECS metadata service, a
 * credentials URI), each cached and refreshed, and decides where STS and the metadata service are.
 * Nothing here goes to the network until a provider is first asked.
 */
public final class TemporarySources {

    private final Map<String, String> env;
    private final Clock clock;
    private final StsClient sts;
    private final CredentialsHttp http;

    public TemporarySources(Map<String, String> env, Clock clock, CredentialsHttp http) {
        this.env = env;
        this.clock = clock;
        this.http = http;
        this.sts = new StsClient(http, clock, () -> UUID.randomUUID().toString());
    }

    /** Where a profile (or the environment) sends role assumptions; see the README for the order. */
    public URI stsEndpoint(String profileEndpoint, String profileRegion, boolean profileVpc) {
        String explicit = firstNonBlank(env.get(CredentialEnv.STS_ENDPOINT), profileEndpoint, env.get(CredentialEnv.ALIYUN_STS_ENDPOINT));
        if (explicit != null) {
            return url(explicit, CredentialEnv.STS_ENDPOINT);
        }
        String region = firstNonBlank(profileRegion, env.get(CredentialEnv.STS_REGION));
        if (region == null) {
            return URI.create("https://sts.aliyuncs.com/");
        }
        boolean vpc = profileVpc || "true".equalsIgnoreCase(env.get(CredentialEnv.VPC_ENDPOINT_ENABLED));
        return url((vpc ? "sts-vpc." : "sts.") + region.toLowerCase(Locale.ROOT) + ".aliyuncs.com", "sts_region");
    }

    String env(String name) {
        return env.get(name);
    }

    public URI metadataEndpoint() {
        String e = env.get(CredentialEnv.ECS_METADATA_ENDPOINT);
        return e == null || e.isBlank() ? EcsMetadata.DEFAULT_ENDPOINT : url(e, CredentialEnv.ECS_METADATA_ENDPOINT);
    }

    public CredentialsProvider assumedRole(CredentialsProvider by, RoleRequest role, URI stsEndpoint, String source) {
        return new RefreshingCredentials(source, () -> sts.assumeRole(stsEndpoint, by.current(), role, source), clock);
    }

    public CredentialsProvider oidcRole(String providerArn, Path tokenFile, RoleRequest role, URI stsEndpoint, String source) {
        return new RefreshingCredentials(source, () -> sts.assumeRoleWithOidc(stsEndpoint, providerArn, tokenFile, role, source), clock);
    }

    public CredentialsProvider ecsRole(String roleName, String source) {
        EcsMetadata metadata = new EcsMetadata(http, metadataEndpoint(), "true".equalsIgnoreCase(env.get(CredentialEnv.IMDSV1_DISABLED)));
        return new RefreshingCredentials(source, () -> metadata.fetch(roleName, source), clock);
    }

    public CredentialsProvider uri(String uri, String source) {
        URI u = url(uri, "credentials_uri");
        CredentialsUri fetcher = new CredentialsUri(http);
        return new RefreshingCredentials(source, () -> fetcher.fetch(u, source), clock);
    }

    /** A session name: the given one, {@value CredentialEnv#ROLE_SESSION_NAME}, or omsteps and the time. */
    public RoleRequest role(String roleArn, String sessionName, Integer durationSeconds, String policy, String externalId) {
        String name = firstNonBlank(sessionName, env.get(CredentialEnv.ROLE_SESSION_NAME), "omsteps-" + clock.millis());
        return new RoleRequest(roleArn, name, durationSeconds == null ? RoleRequest.DEFAULT_DURATION : durationSeconds, policy, externalId);
    }

    /** {@code host}, {@code host:port} or a full http(s) URL. */
    static URI url(String text, String setting) {
        String t = text.strip();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            URI u = new URI(t);
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new URISyntaxException(t, "not http(s)");
            }
            return new URI(scheme, null, u.getHost(), u.getPort(), u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getPath(),
                    u.getQuery(), null);
        } catch (URISyntaxException e) {
            throw CredentialsException.config(setting + " is not a valid URL", "use a URL such as https://sts.cn-hangzhou.aliyuncs.com");
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
