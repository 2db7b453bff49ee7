package dev.omsteps.credentials;

import java.time.Instant;

/**
 * An AccessKey pair, optionally with an STS token and the time it expires, and where it came from.
 * {@link #toString()} never shows the secret or the token.
 *
 * <p>Every source goes through this constructor, so it is where a credential is checked: each value
 * travels in an HTTP header (or signs one), where a line break or a non-ASCII character would fail
 * deep in the HTTP library, in a message that quotes the value. Such a credential is refused here as
 * a usage error (exit 2) naming the variable, flag or file it came from — never the value.
 *
 * @param expiration when temporary credentials stop working; null for a long-lived AccessKey
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration, String source) {

    /** The source of credentials from the ALIBABA_CLOUD_ACCESS_KEY_* variables. */
    public static final String ENVIRONMENT = "environment";
    /** The source of credentials from --access-key-id and --access-key-secret. */
    public static final String COMMAND_LINE = "command line";

    public Credentials {
        check(accessKeyId, "id", source);
        check(accessKeySecret, "secret", source);
        check(securityToken, "token", source);
    }

    /** Long-lived (or externally managed) credentials whose expiry omsteps does not know. */
    public Credentials(String accessKeyId, String accessKeySecret, String securityToken, String source) {
        this(accessKeyId, accessKeySecret, securityToken, null, source);
    }

    public boolean hasToken() {
        return securityToken != null && !securityToken.isBlank();
    }

    private static void check(String value, String which, String source) {
        if (value == null || value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return;
        }
        throw CredentialsException.config(where(which, source) + " holds a space, line break, control or non-ASCII character"
                + " (AccessKeys and STS tokens are printable ASCII)", "copy the value again, without quotes, spaces or line breaks");
    }

    /** The variable, flag or file entry a value came from, by the name the user knows it by. */
    private static String where(String which, String source) {
        if (ENVIRONMENT.equals(source)) {
            return switch (which) {
                case "id" -> CredentialEnv.ACCESS_KEY_ID;
                case "secret" -> CredentialEnv.ACCESS_KEY_SECRET;
                default -> CredentialEnv.SECURITY_TOKEN;
            };
        }
        if (COMMAND_LINE.equals(source)) {
            return switch (which) {
                case "id" -> "--access-key-id";
                case "secret" -> "--access-key-secret";
                default -> "the STS token";
            };
        }
        String field = switch (which) {
            case "id" -> "the AccessKey ID";
            case "secret" -> "the AccessKey secret";
            default -> "the STS token";
        };
        return field + " of the " + source;
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=****"
                + (hasToken() ? ", securityToken=****" : "") + (expiration == null ? "" : ", expiration=" + expiration)
                + ", source=" + source + "]";
    }
}
