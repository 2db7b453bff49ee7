package dev.omsteps.sim;

import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.ScenarioTime;
import dev.omsteps.sim.scenario.Switchovers;

/** The scenarios, the switchovers people started, and the moment of simulated time every action answers at. */
record LiveScenarios(ScenarioCatalog catalog, SimulatedClock clock, long seed, Switchovers switchovers) {

    ScenarioTime now() {
        return new ScenarioTime(clock.origin(), clock.elapsed(), seed, switchovers);
    }
}
