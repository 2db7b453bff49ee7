package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One profile of the aliyun CLI's {@code ~/.aliyun/config.json}, with the fields its modes use (names as
 * the CLI writes them). {@link #toString()} shows no secret.
 */
public record CliProfile(String name, String mode, String accessKeyId, String accessKeySecret, String stsToken,
                         String ramRoleArn, String ramSessionName, Integer expiredSeconds, String stsRegion,
                         String stsEndpoint, boolean vpc, String ramRoleName, String oidcProviderArn, String oidcTokenFile,
                         String sourceProfile, String policy, String externalId, String credentialsUri, String regionId) {

    /** The modes omsteps can use, in the CLI's spelling. */
    public enum Mode { AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI }

    static CliProfile of(JsonNode p) {
        Integer expired = p.hasNonNull("expired_seconds") && p.get("expired_seconds").asInt() > 0 ? p.get("expired_seconds").asInt() : null;
        boolean vpc = p.path("enable_vpc").asBoolean(false) || "vpc".equalsIgnoreCase(p.path("endpoint_type").asText(""));
        return new CliProfile(text(p, "name"), text(p, "mode") == null ? "AK" : text(p, "mode"),
                text(p, "access_key_id"), text(p, "access_key_secret"), text(p, "sts_token"),
                text(p, "ram_role_arn"), text(p, "ram_session_name"), expired, text(p, "sts_region"),
                text(p, "sts_endpoint"), vpc, text(p, "ram_role_name"), text(p, "oidc_provider_arn"),
                text(p, "oidc_token_file"), text(p, "source_profile"), text(p, "policy"), text(p, "external_id"),
                text(p, "credentials_uri"), text(p, "region_id"));
    }

    /** The mode if omsteps supports it, else null. The CLI compares modes without regard to case. */
    public Mode supportedMode() {
        for (Mode m : Mode.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(mode.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    /** Why this profile cannot be used, with what to do instead; null when it can. */
    public String refusal() {
        if (supportedMode() != null) {
            return null;
        }
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "cloudsso", "oauth" -> "uses mode " + mode + ", which signs in through a browser that omsteps does not open"
                    + " — sign in with the aliyun CLI and put the temporary credentials in ALIBABA_CLOUD_ACCESS_KEY_ID,"
                    + " _SECRET and _SECURITY_TOKEN, or use a RamRoleArn or OIDC profile";
            case "external" -> "uses mode External, which runs a program omsteps does not run"
                    + " — serve its output at a credentials URI (mode CredentialsURI) or export it to ALIBABA_CLOUD_ACCESS_KEY_ID,"
                    + " _SECRET and _SECURITY_TOKEN";
            default -> "uses mode " + mode + ", which omsteps does not support"
                    + " — use one of AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI";
        };
    }

    private static String text(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    @Override
    public String toString() {
        return "CliProfile[name=" + name + ", mode=" + mode + ", accessKeyId=" + accessKeyId + ", ramRoleArn=" + ramRoleArn + "]";
    }
}
