package dev.omsteps.sim.scenario;

import java.util.List;

/** What a scenario shows at one moment: steps the simulator wraps in the usual envelope, or a body served as it is. */
public sealed interface ScenarioAnswer {

    record Steps(List<StepView> steps) implements ScenarioAnswer {
        public Steps {
            steps = List.copyOf(steps);
        }
    }

    /** A published body, quirks included, that must reach the client byte for byte. */
    record Verbatim(byte[] body) implements ScenarioAnswer {
    }
}
