package dev.omsteps.credentials;

import java.util.regex.Pattern;

/**
 * What an STS role assumption asks for: the role, a session name, a lifetime and the optional policy
 * and external ID (AssumeRole only).
 */
public record RoleRequest(String roleArn, String sessionName, int durationSeconds, String policy, String externalId) {

    /** STS's rule for RoleSessionName: 2 to 64 letters, digits, {@code . @ - _}. */
    static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9.@_-]{2,64}");
    static final int DEFAULT_DURATION = 3600;
    static final int MIN_DURATION = 900;

    public RoleRequest {
        if (roleArn == null || roleArn.isBlank()) {
            throw CredentialsException.config("no role ARN is set", "give the role's ARN, e.g. acs:ram::123456789012:role/reader");
        }
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw CredentialsException.config("role session name '" + sessionName + "' is not one STS takes",
                    "use 2 to 64 letters, digits and . @ - _");
        }
        if (durationSeconds < MIN_DURATION) {
            throw CredentialsException.config("a role session of " + durationSeconds + " s is shorter than STS allows",
                    "use at least " + MIN_DURATION + " seconds (expired_seconds)");
        }
    }
}
