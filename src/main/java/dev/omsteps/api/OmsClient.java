package dev.omsteps.api;

import dev.omsteps.model.ProjectsPage;

/** What the commands need from an OMS deployment, cloud or self-hosted. */
public interface OmsClient extends AutoCloseable {

    /** One DescribeProjectSteps call (with retries); throws {@link ApiException} when no usable answer came. */
    StepsResult describeProjectSteps(String projectId);

    /**
     * One ListProjects page (with retries), {@code pageNumber} from 1; throws {@link ApiException} when no
     * usable answer came. Deployments that cannot list projects throw {@link UnsupportedOperationException}.
     */
    default ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        throw new UnsupportedOperationException("this OMS client cannot list projects");
    }

    @Override
    default void close() {
    }
}
