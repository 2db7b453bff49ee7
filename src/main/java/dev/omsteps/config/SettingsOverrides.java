package dev.omsteps.config;

/** What the command line said; every field may be null (not given). */
public record SettingsOverrides(
        String endpoint,
        String region,
        String profile,
        String accessKeyId,
        String accessKeySecret,
        String securityToken) {

    public static SettingsOverrides none() {
        return new SettingsOverrides(null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "SettingsOverrides[endpoint=" + endpoint + ", region=" + region + ", profile=" + profile
                + ", accessKeyId=" + accessKeyId + "]";
    }
}
