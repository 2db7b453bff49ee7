package dev.omsteps.model;

import java.time.Instant;
import java.util.List;

/** One ListProjects answer: the page asked for, the total the server counts, and its projects. */
public record ProjectsPage(Integer pageNumber, Integer pageSize, Integer totalCount, String requestId, Instant fetchedAt,
                           List<ProjectSummary> projects) {

    public ProjectsPage {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }
}
