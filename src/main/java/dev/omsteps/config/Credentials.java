package dev.omsteps.config;

/**
 * An AccessKey pair, optionally with an STS token, and where it came from.
 * {@link #toString()} never shows the secret or the token.
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, String source) {

    public boolean hasToken() {
        return securityToken != null && !securityToken.isBlank();
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=****"
                + (hasToken() ? ", securityToken=****" : "") + ", source=" + source + "]";
    }
}
