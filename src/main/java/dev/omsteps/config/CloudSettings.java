package dev.omsteps.config;

import java.net.URI;

/** Everything needed to call the OceanBase OpenAPI: where, in which region, as whom. */
public record CloudSettings(URI endpoint, String region, Credentials credentials) {
}
