package dev.omsteps.sim;

/** Which API the simulator speaks: OceanBase Cloud's signed OpenAPI, or a self-hosted OMS console's /api/v2. */
public enum Flavour {
    CLOUD, SELFHOSTED
}
