package dev.omsteps.config;

/** What one named profile in a credentials file holds (any part but the name may be null). */
record ProfileSettings(String name, String accessKeyId, String accessKeySecret, String securityToken, String regionId) {

    boolean hasKeyPair() {
        return accessKeyId != null && !accessKeyId.isBlank() && accessKeySecret != null && !accessKeySecret.isBlank();
    }

    @Override
    public String toString() {
        return "ProfileSettings[name=" + name + ", accessKeyId=" + accessKeyId + ", regionId=" + regionId + "]";
    }
}
