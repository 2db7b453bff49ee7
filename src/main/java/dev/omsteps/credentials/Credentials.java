package dev.omsteps.credentials;

import java.time.Instant;

/**
 * An AccessKey pair, optionally with an STS token and the time it expires, and where it came from.
 * {@link #toString()} never shows the secret or the token.
 *
 * @param expiration when temporary credentials stop working; null for a long-lived AccessKey
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration, String source) {

    /** Long-lived (or externally managed) credentials whose expiry omsteps does not know. */
    public Credentials(String accessKeyId, String accessKeySecret, String securityToken, String source) {
        this(accessKeyId, accessKeySecret, securityToken, null, source);
    }

    public boolean hasToken() {
        return securityToken != null && !securityToken.isBlank();
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=****"
                + (hasToken() ? ", securityToken=****" : "") + (expiration == null ? "" : ", expiration=" + expiration)
                + ", source=" + source + "]";
    }
}
