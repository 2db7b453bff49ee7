package dev.omsteps.model;

import java.time.Instant;
import java.util.List;

/** A DescribeProjectComponents answer: every component of a project, in the answer's order by kind. */
public record ProjectComponents(String projectId, Instant fetchedAt, String requestId, List<Component> components) {

    public ProjectComponents {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** The components doing the work of the step called {@code stepName} (empty when none is known). */
    public List<Component> serving(String stepName) {
        return components.stream().filter(c -> c.kind().serves(stepName)).toList();
    }

    public List<Component> inTrouble() {
        return components.stream().filter(Component::isInTrouble).toList();
    }
}
