package dev.omsteps.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One named context of omsteps' config file: either OceanBase Cloud (profile, region, endpoint)
 * or a self-hosted OMS (its URL and user). The password never lives in the file.
 */
public record ContextConfig(
        @JsonProperty("profile") String profile,
        @JsonProperty("region") String region,
        @JsonProperty("endpoint") String endpoint,
        @JsonProperty("oms-url") String omsUrl,
        @JsonProperty("oms-user") String omsUser) {

    public boolean isSelfHosted() {
        return omsUrl != null && !omsUrl.isBlank();
    }
}
