package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * An ECS instance's RAM role through the metadata service, in its hardened (token) mode first: a
 * {@code PUT /latest/api/token} with a TTL header gives a token that every read then carries. When no
 * token can be had, the plain reads follow unless {@value CredentialEnv#IMDSV1_DISABLED} says not to.
 */
public final class EcsMetadata {

    public static final URI DEFAULT_ENDPOINT = URI.create("http://100.100.100.200");
    static final String TOKEN_PATH = "/latest/api/token";
    static final String ROLE_PATH = "/latest/meta-data/ram/security-credentials/";
    static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    static final int TOKEN_TTL_SECONDS = 21600;

    private final CredentialsHttp http;
    private final URI endpoint;
    private final boolean v1Disabled;

    public EcsMetadata(CredentialsHttp http, URI endpoint, boolean v1Disabled) {
        this.http = http;
        this.endpoint = endpoint;
        this.v1Disabled = v1Disabled;
    }

    /** The role's credentials; with no role name, the instance's one role. */
    public Credentials fetch(String roleName, String source) {
        String token = token();
        String role = roleName;
        if (role == null || role.isBlank()) {
            role = get(ROLE_PATH, token).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElseThrow(() -> new CredentialsException(CredentialsException.Kind.REFUSED,
                            "this ECS instance has no RAM role attached", "attach a RAM role to the instance, or use another source"));
        }
        JsonNode root = TemporaryCredentialsJson.read(get(ROLE_PATH + role, token), "the ECS metadata service");
        if (!"Success".equals(TemporaryCredentialsJson.text(root, "Code"))) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                    "the ECS metadata service did not give credentials for role '" + role + "'", "retry; check the instance's RAM role");
        }
        return TemporaryCredentialsJson.parse(root, "the ECS metadata service", source);
    }

    private String token() {
        Request put = new Request.Builder().url(url(TOKEN_PATH)).put(RequestBody.create(new byte[0]))
                .header(TOKEN_TTL_HEADER, Integer.toString(TOKEN_TTL_SECONDS)).build();
        try {
            CredentialsHttp.Answer a = http.sendDirect(put, "the ECS metadata service");
            if (a.status() == 200 && !a.body().isBlank()) {
                return a.body().strip();
            }
            if (v1Disabled) {
                throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                        "the ECS metadata service gave no token (HTTP " + a.status() + ") and " + CredentialEnv.IMDSV1_DISABLED + " forbids reading without one",
                        "check the instance's metadata settings");
            }
            return null;
        } catch (CredentialsException e) {
            if (v1Disabled) {
                throw e;
            }
            return null;
        }
    }

    private String get(String path, String token) {
        Request.Builder rb = new Request.Builder().url(url(path)).get();
        if (token != null) {
            rb.header(TOKEN_HEADER, token);
        }
        CredentialsHttp.Answer a = http.sendDirect(rb.build(), "the ECS metadata service");
        if (a.status() == 404) {
            throw new CredentialsException(CredentialsException.Kind.REFUSED,
                    "the ECS metadata service knows no such RAM role (" + path.substring(ROLE_PATH.length()) + ")",
                    "check the role name (ram_role_name, " + CredentialEnv.ECS_METADATA + ")");
        }
        if (a.status() != 200) {
            throw new CredentialsException(CredentialsException.Kind.UNAVAILABLE,
                    "the ECS metadata service answered HTTP " + a.status(), "retry; check the instance's metadata settings");
        }
        return a.body();
    }

    private HttpUrl url(String path) {
        return HttpUrl.get(endpoint.resolve(path).toString());
    }
}
