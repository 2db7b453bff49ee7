package dev.omsteps.config;

import dev.omsteps.credentials.CredentialsProvider;
import java.net.URI;

/** Everything needed to call the OceanBase OpenAPI: where, in which region, and who to ask for the credentials. */
public record CloudSettings(URI endpoint, String region, CredentialsProvider credentials) {
}
