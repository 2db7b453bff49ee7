package dev.omsteps.api;

import dev.omsteps.config.CloudSettings;
import dev.omsteps.config.OmsSettings;
import dev.omsteps.model.ComponentsParser;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricParser;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.ProjectDetailsParser;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.VerificationPage;
import dev.omsteps.model.VerificationParser;
import java.util.List;

/**
 * The OMS actions omsteps calls, one method each, for either deployment: the {@link Dialect} turns an
 * action into its request (cloud: signed form fields; self-hosted: a camelCase JSON body) and the
 * {@link ActionCaller} turns the answer into an {@link Answer} or an {@link ApiException}. Parameters are
 * named as the OpenAPI reference names them (PascalCase); the self-hosted dialect writes them in camelCase.
 */
public final class ApiClient implements OmsClient {

    private final ActionCaller api;
    private final ResponseParser parser = new ResponseParser();

    private ApiClient(Dialect dialect, ClientOptions options) {
        this.api = new ActionCaller(dialect, options);
    }

    /** The OceanBase OpenAPI of Alibaba Cloud, V3-signed. */
    public static ApiClient cloud(CloudSettings settings, ClientOptions options, String userAgent) {
        return new ApiClient(new CloudDialect(settings, options, userAgent), options);
    }

    /** A self-hosted OMS console's {@code /api/v2}. */
    public static ApiClient selfHosted(OmsSettings settings, ClientOptions options, String userAgent) {
        return new ApiClient(new SelfHostedDialect(settings, userAgent), options);
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = api.call("DescribeProjectSteps", Params.of("Id", projectId), projectId);
        return new StepsResult(parser.parseSteps(projectId, a.receivedAt(), a.root()), a.body());
    }

    /** Statuses go as a list: a JSON-text form field on the cloud, a JSON array self-hosted. */
    @Override
    public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        Params params = Params.of("PageNumber", pageNumber).put("PageSize", pageSize)
                .put("Status", query.statuses()).put("Type", query.type()).put("SearchKey", query.searchKey());
        Answer a = api.call("ListProjects", params, "the project list");
        return parser.parseProjects(a.receivedAt(), a.root());
    }

    @Override
    public ProjectDetails describeProject(String projectId) {
        Answer a = api.call("DescribeProject", Params.of("Id", projectId), projectId);
        return new ProjectDetailsParser().parse(a.root());
    }

    @Override
    public ProjectComponents describeProjectComponents(String projectId) {
        Answer a = api.call("DescribeProjectComponents", Params.of("Id", projectId), projectId);
        return new ComponentsParser().parse(projectId, a.receivedAt(), a.root());
    }

    /** Timestamps in seconds, as the API wants them. */
    @Override
    public MetricHistory describeProjectStepMetric(MetricQuery q) {
        Params params = Params.of("ProjectId", q.projectId()).put("StepName", q.stepName()).put("MetricType", q.metricType())
                .put("Aggregator", q.aggregator()).put("BeginTimestamp", q.begin().getEpochSecond())
                .put("EndTimestamp", q.end().getEpochSecond()).put("MaxPointNum", q.maxPoints());
        Answer a = api.call("DescribeProjectStepMetric", params, q.projectId());
        return new MetricParser().parse(q, a.receivedAt(), a.root());
    }

    /** The schema lists go as lists: a JSON-text form field on the cloud (as the SDK's "json" style), a JSON array self-hosted. */
    @Override
    public VerificationPage listProjectFullVerifyResult(String projectId, List<String> sourceSchemas, List<String> destSchemas,
                                                        int pageNumber, int pageSize) {
        Params params = Params.of("ProjectId", projectId).put("SourceSchemas", sourceSchemas).put("DestSchemas", destSchemas)
                .put("PageNumber", pageNumber).put("PageSize", pageSize);
        Answer a = api.call("ListProjectFullVerifyResult", params, projectId);
        return new VerificationParser().parse(a.root());
    }

    @Override
    public void close() {
        api.close();
    }
}
