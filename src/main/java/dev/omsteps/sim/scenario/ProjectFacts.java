package dev.omsteps.sim.scenario;

import java.time.Duration;

/**
 * What ListProjects tells about a project besides its steps: name, type ({@code MIGRATION} or {@code SYNC}),
 * source and target endpoint types, and how long before the simulation started it was created.
 */
public record ProjectFacts(String name, String type, String sourceEndpointType, String sinkEndpointType,
                           Duration createdBeforeStart) {
}
