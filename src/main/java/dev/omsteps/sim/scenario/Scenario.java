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

    /** Name, type and endpoints as ListProjects shows them; a MySQL to OceanBase migration unless a scenario says otherwise. */
    default ProjectFacts facts() {
        return new ProjectFacts(projectId().replaceFirst("^np_", "").replace('_', '-'), "MIGRATION", "MYSQL", "OB_MYSQL",
                Duration.ofDays(1));
    }

    /** The schema and tables it moves, and which of them full verification finds different (none unless a scenario says so). */
    default MigratedTables tables() {
        return MigratedTables.DEFAULT;
    }

    /**
     * Since when (simulated time from the start) the forward switchover waits for a person to start it; empty for
     * projects without one that can be started.
     */
    default Optional<Duration> switchoverWaitsFrom() {
        return Optional.empty();
    }

    /** Simulated time after which nothing changes by itself any more; empty for steady or static scenarios. */
    default Optional<Duration> endsAfter() {
        return Optional.empty();
    }
}
