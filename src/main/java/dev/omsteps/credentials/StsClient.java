package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * STS (API version 2015-04-01) as the official credentials library calls it: {@code AssumeRole} a GET
 * whose query is signed with the RPC signature 1.0 by the source credentials; {@code AssumeRoleWithOIDC}
 * a POST with the OIDC token in its form body and no signature at all (the token is the proof).
 */
public final class StsClient {

    public static final String VERSION = "2015-04-01";

    private final CredentialsHttp http;
    private final Clock clock;
    private final Supplier<String> nonces;

    public StsClient(CredentialsHttp http, Clock clock, Supplier<String> nonces) {
        this.http = http;
        this.clock = clock;
        this.nonces = nonces;
    }

    public Credentials assumeRole(URI endpoint, Credentials by, RoleRequest role, String source) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "AssumeRole");
        params.put("Format", "JSON");
        params.put("Version", VERSION);
        params.put("RoleArn", role.roleArn());
        params.put("RoleSessionName", role.sessionName());
        params.put("DurationSeconds", Integer.toString(role.durationSeconds()));
        if (role.policy() != null) {
            params.put("Policy", role.policy());
        }
        if (role.externalId() != null) {
            params.put("ExternalId", role.externalId());
        }
        Map<String, String> signed = RpcSignature.sign("GET", params, by, clock.instant(), nonces.get());
        String query = signed.entrySet().stream()
                .map(e -> RpcSignature.percentEncode(e.getKey()) + "=" + RpcSignature.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpUrl url = HttpUrl.get(endpoint.resolve("/").toString()).newBuilder().encodedQuery(query).build();
        return answer(http.send(new Request.Builder().url(url).get().header("Accept", "application/json").build(), "STS"),
                "AssumeRole", role.roleArn(), source);
    }

    public Credentials assumeRoleWithOidc(URI endpoint, String oidcProviderArn, Path tokenFile, RoleRequest role, String source) {
        if (oidcProviderArn == null || oidcProviderArn.isBlank()) {
            throw CredentialsException.config("no OIDC provider ARN is set",
                    "set " + CredentialEnv.OIDC_PROVIDER_ARN + " or the profile's oidc_provider_arn");
        }
        String token = readToken(tokenFile);
        HttpUrl url = HttpUrl.get(endpoint.resolve("/").toString()).newBuilder()
                .addQueryParameter("Action", "AssumeRoleWithOIDC").addQueryParameter("Format", "JSON")
                .addQueryParameter("Version", VERSION).addQueryParameter("Timestamp", clock.instant().toString())
                .build();
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8)
                .add("RoleArn", role.roleArn()).add("OIDCProviderArn", oidcProviderArn).add("OIDCToken", token)
                .add("RoleSessionName", role.sessionName()).add("DurationSeconds", Integer.toString(role.durationSeconds()));
        if (role.policy() != null) {
            form.add("Policy", role.policy());
        }
        return answer(http.send(new Request.Builder().url(url).post(form.build()).header("Accept", "application/json").build(), "STS"),
                "AssumeRoleWithOIDC", role.roleArn(), source);
    }

    /** Read at every assumption: Kubernetes rotates the projected token file under a running process. */
    private static String readToken(Path file) {
        if (file == null) {
            throw CredentialsException.config("no OIDC token file is set",
                    "set " + CredentialEnv.OIDC_TOKEN_FILE + " or the profile's oidc_token_file");
        }
        try {
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) {
                throw CredentialsException.config("the OIDC token file " + file + " is empty", "check the pod's service account token projection");
            }
            return t;
        } catch (java.io.IOException e) {
            throw CredentialsException.config("cannot read the OIDC token file " + file, "check the path and that it is readable");
        }
    }

    private static Credentials answer(CredentialsHttp.Answer a, String action, String roleArn, String source) {
        if (a.status() == 200) {
            JsonNode root = TemporaryCredentialsJson.read(a.body(), "STS");
            return TemporaryCredentialsJson.parse(root.path("Credentials"), "STS", source);
        }
        String code = null;
        String message = null;
        try {
            JsonNode root = TemporaryCredentialsJson.read(a.body(), "STS");
            code = TemporaryCredentialsJson.text(root, "Code");
            message = TemporaryCredentialsJson.text(root, "Message");
        } catch (CredentialsException notJson) {
            // the status says enough
        }
        String what = "STS refused " + action + " of " + roleArn + " (" + (code == null ? "HTTP " + a.status() : code) + ")"
                + (message == null ? "" : ": " + shorten(message));
        boolean transientFailure = a.status() >= 500 || (code != null && code.startsWith("Throttling"));
        throw new CredentialsException(transientFailure ? CredentialsException.Kind.UNAVAILABLE : CredentialsException.Kind.REFUSED,
                what, hint(code));
    }

    private static String hint(String code) {
        String c = code == null ? "" : code;
        if (c.startsWith("NoPermission") || c.startsWith("Forbidden")) {
            return "let the source identity assume this role (sts:AssumeRole) and check the role's trust policy";
        }
        if (c.startsWith("EntityNotExist")) {
            return "check the role ARN";
        }
        if (c.startsWith("AuthenticationFail.OIDCToken") || c.contains("OIDC")) {
            return "check the OIDC token file, the provider ARN and the role's trust policy";
        }
        if (c.startsWith("InvalidAccessKeyId") || c.startsWith("SignatureDoesNotMatch") || c.startsWith("InvalidSecurityToken")) {
            return "check the AccessKey the role is assumed with (the profile's or its source_profile's)";
        }
        return "check the role settings; the STS endpoint can be set with " + CredentialEnv.STS_ENDPOINT;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
