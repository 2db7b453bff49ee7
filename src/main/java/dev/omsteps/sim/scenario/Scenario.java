package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.Optional;

/** One simulated OMS project: its steps as a pure function of simulated time. */
public interface Scenario {

    /** The stable project ID the simulator serves it under ({@code np_…}). */
    String projectId();

    /** One line for people: what this project shows. */
    String summary();

    ScenarioAnswer answerAt(ScenarioTime time);

    /** Simulated time after which nothing changes any more; empty for steady or static scenarios. */
    default Optional<Duration> endsAfter() {
        return Optional.empty();
    }
}
