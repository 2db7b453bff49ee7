package dev.omsteps.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The projects a simulator serves, by ID, in a stable order. */
public final class ScenarioCatalog {

    private final Map<String, Scenario> byId = new LinkedHashMap<>();

    public ScenarioCatalog(List<Scenario> scenarios) {
        for (Scenario s : scenarios) {
            if (byId.putIfAbsent(s.projectId(), s) != null) {
                throw new IllegalArgumentException("two scenarios share the ID " + s.projectId());
            }
        }
    }

    /** The six standard scenarios. */
    public static ScenarioCatalog standard() {
        return new ScenarioCatalog(List.of(new FullMigrationScenario(), new PrecheckFailedScenario(),
                new SuspendedMigrationScenario(), new SteadySyncScenario(), new PublishedExampleScenario(),
                new VerifyDifferencesScenario()));
    }

    /** The six standard scenarios and a {@link ProjectFleet} of 200 more, generated from {@code seed}. */
    public static ScenarioCatalog withFleet(long seed) {
        List<Scenario> all = new java.util.ArrayList<>(standard().all());
        all.addAll(ProjectFleet.generate(seed));
        return new ScenarioCatalog(all);
    }

    public Optional<Scenario> find(String projectId) {
        return Optional.ofNullable(byId.get(projectId));
    }

    public List<Scenario> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
