package dev.omsteps.api;

import dev.omsteps.config.CloudSettings;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;

/**
 * The OceanBase OpenAPI over HTTPS (see {@link CloudDialect}): each action names its form fields in
 * PascalCase; a list field travels as its JSON text.
 */
public final class OpenApiClient implements OmsClient {

    private final ActionCaller api;
    private final ResponseParser parser = new ResponseParser();

    public OpenApiClient(CloudSettings settings, ClientOptions options, String userAgent) {
        this.api = new ActionCaller(new CloudDialect(settings, options, userAgent), options);
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = api.call("DescribeProjectSteps", Params.of("Id", projectId), projectId);
        return new StepsResult(parser.parseSteps(projectId, a.receivedAt(), a.root()), a.body());
    }

    @Override
    public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        Params params = Params.of("PageNumber", pageNumber).put("PageSize", pageSize)
                .put("Status", query.statuses()).put("Type", query.type()).put("SearchKey", query.searchKey());
        Answer a = api.call("ListProjects", params, "the project list");
        return parser.parseProjects(a.receivedAt(), a.root());
    }

    @Override
    public void close() {
        api.close();
    }
}
