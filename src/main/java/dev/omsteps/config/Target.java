package dev.omsteps.config;

import java.net.URI;

/** Where a command talks to: OceanBase Cloud's OpenAPI or a self-hosted OMS. */
public sealed interface Target {

    URI endpoint();

    /** OceanBase Cloud, signed with an AccessKey. */
    record Cloud(CloudSettings settings) implements Target {
        @Override
        public URI endpoint() {
            return settings.endpoint();
        }
    }

    /** A self-hosted OMS console's API. */
    record SelfHosted(OmsSettings settings) implements Target {
        @Override
        public URI endpoint() {
            return settings.baseUrl();
        }
    }
}
