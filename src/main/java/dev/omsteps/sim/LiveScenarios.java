package dev.omsteps.sim;

import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.ScenarioTime;

/** The scenarios and the moment of simulated time every action answers at. */
record LiveScenarios(ScenarioCatalog catalog, SimulatedClock clock, long seed) {

    ScenarioTime now() {
        return new ScenarioTime(clock.origin(), clock.elapsed(), seed);
    }
}
