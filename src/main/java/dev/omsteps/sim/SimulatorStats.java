package dev.omsteps.sim;

import java.util.Map;

/**
 * What a simulator has seen so far: requests, TCP connections, faults served by kind, requests the gateway refused,
 * requests it accepted by signature scheme (V3 {@code ACS3-HMAC-SHA256}, V1 HMAC-SHA1), and the most requests
 * it ever handled at once.
 */
public record SimulatorStats(long requests, long connections, Map<Fault, Long> faults, long gatewayRefusals,
                             long acceptedV3, long acceptedV1, int maxInFlight) {

    public SimulatorStats {
        faults = Map.copyOf(faults);
    }

    public long faultsTotal() {
        return faults.values().stream().mapToLong(Long::longValue).sum();
    }
}
