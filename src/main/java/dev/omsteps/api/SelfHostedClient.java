package dev.omsteps.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.config.OmsSettings;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.MalformedResponseException;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Self-hosted OMS (Community and Enterprise editions): {@code POST <url>/api/v2?Action=…} with a
 * JSON body, HTTP Basic auth when a user is set, no Alibaba Cloud signature; camelCase answers.
 */
public final class SelfHostedClient implements OmsClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private final OmsSettings settings;
    private final HttpTransport transport;
    private final ResponseParser parser = new ResponseParser();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String userAgent;

    public SelfHostedClient(OmsSettings settings, ClientOptions options, String userAgent) {
        this.settings = settings;
        this.transport = new HttpTransport(options, "https".equalsIgnoreCase(settings.baseUrl().getScheme()));
        this.userAgent = userAgent;
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = call("DescribeProjectSteps", Map.of("id", projectId), projectId);
        return new StepsResult(parser.parseSteps(projectId, a.receivedAt(), a.root()), a.body());
    }

    /** The same filters in OMS's camelCase JSON body; statuses as a real JSON array. */
    @Override
    public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("pageNumber", pageNumber);
        body.put("pageSize", pageSize);
        if (!query.statuses().isEmpty()) {
            body.put("status", query.statuses());
        }
        if (query.type() != null) {
            body.put("type", query.type());
        }
        if (query.searchKey() != null) {
            body.put("searchKey", query.searchKey());
        }
        Answer a = call("ListProjects", body, "the project list");
        return parser.parseProjects(a.receivedAt(), a.root());
    }


    public Answer call(String action, Map<String, ?> body, String subject) {
        return transport.withRetries(() -> once(action, body, subject));
    }

    private Answer once(String action, Map<String, ?> body, String subject) {
        HttpTransport.Exchange ex = transport.execute(request(action, body));
        Instant receivedAt = transport.options().clock().instant();
        int status = ex.status();
        if (status == 401 || status == 403) {
            throw new ApiException(ApiException.Kind.AUTH, status, null,
                    "OMS refused " + (settings.hasUser() ? "the user '" + settings.user() + "'" : "the request without a user")
                            + " (HTTP " + status + ")",
                    "check the OMS user and password (OMSTEPS_OMS_USER, OMSTEPS_OMS_PASSWORD)", null);
        }
        if (status == 404) {
            throw new ApiException(ApiException.Kind.APPLICATION, status, null, "no OMS API at " + settings.baseUrl() + " (HTTP 404)",
                    "check --oms-url: it is the OMS console's base URL, e.g. http://oms.example.com:8089", null);
        }
        if (status == 429 || status >= 500) {
            throw new ApiException(status == 429 ? ApiException.Kind.THROTTLED : ApiException.Kind.SERVER, status, null,
                    "OMS answered HTTP " + status, "retry in a moment", null);
        }
        if (status < 200 || status > 299) {
            throw new ApiException(ApiException.Kind.APPLICATION, status, null, "OMS answered HTTP " + status,
                    "run with --debug to see the exchange", null);
        }
        JsonNode root;
        try {
            root = parser.readTree(ex.body());
        } catch (MalformedResponseException e) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, status, null, e.getMessage() + " (starts with: " + e.preview() + ")",
                    "a login page or proxy may be answering instead of the OMS API; check --oms-url", null);
        }
        if (parser.isFailure(root)) {
            ErrorDetail d = parser.envelopeError(root);
            String message = d == null ? null : d.filledMessage();
            if (asksToRetryLater(message)) {
                throw new ApiException(ApiException.Kind.UNAVAILABLE, status, d.code(), "OMS is busy: " + message,
                        "OMS asks to retry later", parser.requestId(root));
            }
            throw ErrorClassifier.application(d == null ? null : d.code(), message,
                    d == null ? null : d.filledProposal(), parser.requestId(root), subject);
        }
        return new Answer(ex.body(), root, receivedAt);
    }

    /** OMS says "try again later" in Chinese (稍后重试, 请稍后) or English; such errors are transient. */
    static boolean asksToRetryLater(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("稍后") || m.contains("重试") || m.contains("retry later") || m.contains("try again later");
    }

    private Request request(String action, Map<String, ?> body) {
        HttpUrl url = HttpUrl.get(settings.baseUrl().toString()).newBuilder()
                .addPathSegments("api/v2").addQueryParameter("Action", action).build();
        ObjectNode json = mapper.valueToTree(body);
        Request.Builder rb = new Request.Builder().url(url)
                .post(RequestBody.create(json.toString(), JSON))
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (settings.hasUser()) {
            rb.header("Authorization", Credentials.basic(settings.user(), settings.password() == null ? "" : settings.password(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return rb.build();
    }

    @Override
    public void close() {
        transport.close();
    }
}
