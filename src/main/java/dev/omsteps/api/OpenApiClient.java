package dev.omsteps.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.MalformedResponseException;
import dev.omsteps.model.ProjectsPage;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The OceanBase OpenAPI over HTTPS: RPC-style {@code POST /} with the parameters in a form body,
 * signed with V3 ({@code ACS3-HMAC-SHA256}), as the official OceanBasePro SDK sends it.
 */
public final class OpenApiClient implements OmsClient {

    public static final String API_VERSION = "2019-09-01";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final CloudSettings settings;
    private final HttpTransport transport;
    private final ResponseParser parser = new ResponseParser();
    private final String userAgent;

    public OpenApiClient(CloudSettings settings, ClientOptions options, String userAgent) {
        this.settings = settings;
        this.transport = new HttpTransport(options, "https".equalsIgnoreCase(settings.endpoint().getScheme()));
        this.userAgent = userAgent;
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = call("DescribeProjectSteps", Map.of("Id", projectId), projectId);
        StepsSnapshot snapshot = parser.parseSteps(projectId, a.receivedAt(), a.root());
        return new StepsResult(snapshot, a.body());
    }

    @Override
    public ProjectsPage listProjects(ProjectQuery query, int pageNumber, int pageSize) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("PageNumber", Integer.toString(pageNumber));
        params.put("PageSize", Integer.toString(pageSize));
        if (!query.statuses().isEmpty()) {
            params.put("Status", query.statusJsonArray());
        }
        if (query.type() != null) {
            params.put("Type", query.type());
        }
        if (query.searchKey() != null) {
            params.put("SearchKey", query.searchKey());
        }
        Answer a = call("ListProjects", params, "the project list");
        return parser.parseProjects(a.receivedAt(), a.root());
    }


    /** One action with retries on transient failures; throws the last failure when tries run out. */
    public Answer call(String action, Map<String, String> params, String subject) {
        return transport.withRetries(() -> once(action, params, subject));
    }

    private Answer once(String action, Map<String, String> params, String subject) {
        HttpTransport.Exchange ex = transport.execute(signedRequest(action, params));
        Instant receivedAt = transport.options().clock().instant();
        if (ex.status() < 200 || ex.status() > 299) {
            throw gatewayError(ex.status(), ex.body(), action);
        }
        JsonNode root = readJson(ex);
        if (parser.isFailure(root)) {
            ErrorDetail d = parser.envelopeError(root);
            throw ErrorClassifier.application(d == null ? null : d.code(), d == null ? null : d.filledMessage(),
                    d == null ? null : d.filledProposal(), parser.requestId(root), subject);
        }
        return new Answer(ex.body(), root, receivedAt);
    }

    private JsonNode readJson(HttpTransport.Exchange ex) {
        try {
            return parser.readTree(ex.body());
        } catch (MalformedResponseException e) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, ex.status(), null,
                    e.getMessage() + " (starts with: " + e.preview() + ")",
                    "a proxy or load balancer may be answering instead of the API; check --endpoint", null);
        }
    }

    private ApiException gatewayError(int status, byte[] body, String action) {
        String code = null;
        String message = null;
        String recommend = null;
        String requestId = null;
        try {
            JsonNode root = parser.readTree(body);
            code = root.path("Code").asText(null);
            message = root.path("Message").asText(null);
            recommend = root.path("Recommend").asText(null);
            requestId = root.path("RequestId").asText(null);
        } catch (MalformedResponseException notJson) {
            message = status >= 500 ? null : "the answer is not JSON";
        }
        return ErrorClassifier.gateway(status, code, message, recommend, requestId, action);
    }

    Request signedRequest(String action, Map<String, String> params) {
        HttpUrl url = HttpUrl.get(settings.endpoint().toString());
        byte[] body = formBody(params).getBytes(StandardCharsets.UTF_8);
        Credentials c = currentCredentials();
        ClientOptions options = transport.options();

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", hostHeader(url));
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", API_VERSION);
        headers.put("x-acs-date", ACS_DATE.format(options.clock().instant().truncatedTo(ChronoUnit.SECONDS)));
        headers.put("x-acs-signature-nonce", options.nonces().get());
        headers.put("x-acs-content-sha256", AcsV3Signer.sha256Hex(body));
        headers.put("content-type", FORM);
        if (c.hasToken()) {
            headers.put("x-acs-security-token", c.securityToken());
        }
        String authorization = AcsV3Signer.authorization(c.accessKeyId(), c.accessKeySecret(), "POST",
                canonicalUri(url), Map.of(), headers, headers.get("x-acs-content-sha256"));

        Request.Builder rb = new Request.Builder().url(url)
                .post(RequestBody.create(body, MediaType.get(FORM)))
                .header("Authorization", authorization)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        headers.forEach(rb::header);
        return rb.build();
    }

    /**
     * Asked before every request: temporary credentials are refreshed under a long watch. A source that
     * cannot answer now is a transient failure (retried, and a watch polls on); one that refused is final.
     * A setting to fix ({@link CredentialsException.Kind#CONFIG}) goes up as it is, to exit 2.
     */
    private Credentials currentCredentials() {
        try {
            return settings.credentials().current();
        } catch (CredentialsException e) {
            if (e.kind() == CredentialsException.Kind.CONFIG) {
                throw e;
            }
            ApiException api = new ApiException(e.isTransient() ? ApiException.Kind.UNAVAILABLE : ApiException.Kind.AUTH, 0, null,
                    e.getMessage(), e.hint(), null);
            api.initCause(e);
            throw api;
        }
    }

    /** Parameters as the SDK's formData: sorted, RFC 3986 encoded. */
    static String formBody(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> AcsV3Signer.percentEncode(e.getKey()) + "=" + AcsV3Signer.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String canonicalUri(HttpUrl url) {
        String path = url.encodedPath();
        return path.isEmpty() ? "/" : path;
    }

    /** Exactly what okhttp would send as Host, so that the signed value and the sent one agree. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    @Override
    public void close() {
        transport.close();
    }
}
