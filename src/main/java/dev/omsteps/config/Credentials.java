package dev.omsteps.config;

/**
 * An AccessKey pair, optionally with an STS token, and where it came from.
 * {@link #toString()} never shows the secret or the token.
 *
 * <p>Every source goes through this constructor, so it is where a credential is checked: each value
 * travels in an HTTP header (or signs one), where a line break or a non-ASCII character would fail
 * deep in the HTTP library, in a message that quotes the value. Such a credential is refused here as
 * a usage error (exit 2) naming the variable, flag or file — never the value.
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, String source) {

    public Credentials {
        check(accessKeyId, "id", source);
        check(accessKeySecret, "secret", source);
        check(securityToken, "token", source);
    }

    public boolean hasToken() {
        return securityToken != null && !securityToken.isBlank();
    }

    private static void check(String value, String which, String source) {
        if (value == null || value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return;
        }
        throw new ConfigException(where(which, source) + " holds a space, line break, control or non-ASCII character"
                + " (AccessKeys and STS tokens are printable ASCII)", "copy the value again, without quotes, spaces or line breaks");
    }

    /** The variable, flag or file entry a value came from, by the name the user knows it by. */
    private static String where(String which, String source) {
        if ("environment".equals(source)) {
            return switch (which) {
                case "id" -> SettingsResolver.ENV_ACCESS_KEY_ID;
                case "secret" -> SettingsResolver.ENV_ACCESS_KEY_SECRET;
                default -> SettingsResolver.ENV_SECURITY_TOKEN;
            };
        }
        if ("command line".equals(source)) {
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
                + (hasToken() ? ", securityToken=****" : "") + ", source=" + source + "]";
    }
}
