package dev.omsteps.api;

import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.VerificationPage;
import java.util.List;

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

    /** DescribeProject: the project's facts (importance, alarm, endpoints, phases, mapped schemas). */
    default ProjectDetails describeProject(String projectId) {
        throw new UnsupportedOperationException("this OMS client cannot describe projects");
    }

    /** DescribeProjectComponents: the stores and workers behind the project. */
    default ProjectComponents describeProjectComponents(String projectId) {
        throw new UnsupportedOperationException("this OMS client cannot list components");
    }

    /** DescribeProjectStepMetric: one metric of one step over a window (check {@link MetricQuery#problem} first). */
    default MetricHistory describeProjectStepMetric(MetricQuery query) {
        throw new UnsupportedOperationException("this OMS client cannot read metric history");
    }

    /** One page of ListProjectFullVerifyResult, {@code pageNumber} from 1; empty schema lists are left out. */
    default VerificationPage listProjectFullVerifyResult(String projectId, List<String> sourceSchemas, List<String> destSchemas,
                                                         int pageNumber, int pageSize) {
        throw new UnsupportedOperationException("this OMS client cannot read verification results");
    }

    @Override
    default void close() {
    }
}
