package dev.omsteps.sim;

/** Which API the simulator speaks: OceanBase Cloud's signed OpenAPI, or a self-hosted OMS console's /api/v2. */
public enum Flavour {
    CLOUD, SELFHOSTED;

    /** As the docs write it; parsed case-insensitively. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
