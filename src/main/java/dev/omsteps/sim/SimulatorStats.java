package dev.omsteps.sim;

import java.util.Map;

/** What a simulator has seen so far: requests, TCP connections, faults served by kind, gateway refusals. */
public record SimulatorStats(long requests, long connections, Map<Fault, Long> faults, long gatewayRefusals) {

    public SimulatorStats {
        faults = Map.copyOf(faults);
    }

    public long faultsTotal() {
        return faults.values().stream().mapToLong(Long::longValue).sum();
    }
}
