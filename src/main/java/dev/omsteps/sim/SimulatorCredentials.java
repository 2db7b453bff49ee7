package dev.omsteps.sim;

import java.util.Map;
import java.util.Optional;

/**
 * The AccessKey pairs the simulator accepts. The default pair is published in the README on purpose: it opens
 * nothing but a local simulator, so it is not a secret.
 */
public record SimulatorCredentials(Map<String, String> secretsByKeyId) {

    public static final String DEMO_ACCESS_KEY_ID = "LTAI5tSimulatorKey0001";
    public static final String DEMO_ACCESS_KEY_SECRET = "omstepsSimulatorDemoSecretNotReal0001";

    public SimulatorCredentials {
        secretsByKeyId = Map.copyOf(secretsByKeyId);
    }

    public static SimulatorCredentials demo() {
        return new SimulatorCredentials(Map.of(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET));
    }

    public Optional<String> secretOf(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(secretsByKeyId.get(accessKeyId));
    }
}
