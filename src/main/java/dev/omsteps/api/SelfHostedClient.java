package dev.omsteps.api;

import dev.omsteps.config.OmsSettings;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;

/**
 * Self-hosted OMS (see {@link SelfHostedDialect}): each action names its JSON body's fields in camelCase;
 * lists are real JSON arrays; answers come in camelCase, which the parser reads as well.
 */
public final class SelfHostedClient implements OmsClient {

    private final ActionCaller api;
    private final ResponseParser parser = new ResponseParser();

    public SelfHostedClient(OmsSettings settings, ClientOptions options, String userAgent) {
        this.api = new ActionCaller(new SelfHostedDialect(settings, userAgent), options);
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = api.call("DescribeProjectSteps", Params.of("id", projectId), projectId);
        return new StepsResult(parser.parseSteps(projectId, a.receivedAt(), a.root()), a.body());
    }

    @Override
    public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        Params params = Params.of("pageNumber", pageNumber).put("pageSize", pageSize)
                .put("status", query.statuses()).put("type", query.type()).put("searchKey", query.searchKey());
        Answer a = api.call("ListProjects", params, "the project list");
        return parser.parseProjects(a.receivedAt(), a.root());
    }

    @Override
    public void close() {
        api.close();
    }
}
