package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.Optional;

/**
 * When a person started a project's forward switchover. Real OMS never starts the cutover by itself: once a
 * migration has done all it can alone, its switchover waits (INIT) until someone starts it in the console, so a
 * scenario asks this, not its own timeline, when the switchover begins.
 */
@FunctionalInterface
public interface Switchovers {

    /** Nobody ever starts a switchover. */
    Switchovers NEVER = (projectId, waitingSince) -> Optional.empty();

    /**
     * The simulated time since the start at which the switchover of {@code projectId} was started, no earlier than
     * {@code waitingSince} (when it began to wait); empty while it still waits.
     */
    Optional<Duration> startedAt(String projectId, Duration waitingSince);
}
