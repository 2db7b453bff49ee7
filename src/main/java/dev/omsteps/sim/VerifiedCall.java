package dev.omsteps.sim;

import java.util.Map;

/** A request that passed the gateway: which action, which version, with which parameters, signed how. */
record VerifiedCall(String action, String version, Map<String, String> parameters, String accessKeyId,
                    String signatureScheme) {
}
