package dev.omsteps.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.model.MalformedResponseException;
import dev.omsteps.model.ResponseParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * The OceanBase OpenAPI: RPC-style {@code POST /} with the parameters in a form body, signed with V3
 * ({@code ACS3-HMAC-SHA256}), as the official OceanBasePro SDK sends it; refusals in the gateway's
 * {@code Code}/{@code Message}/{@code Recommend} body.
 */
final class CloudDialect implements Dialect {

    static final String API_VERSION = "2019-09-01";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudSettings settings;
    private final ClientOptions options;
    private final String userAgent;
    private final ResponseParser parser = new ResponseParser();

    CloudDialect(CloudSettings settings, ClientOptions options, String userAgent) {
        this.settings = settings;
        this.options = options;
        this.userAgent = userAgent;
    }

    @Override
    public URI endpoint() {
        return settings.endpoint();
    }

    @Override
    public Request request(String action, Map<String, ?> params) {
        HttpUrl url = HttpUrl.get(settings.endpoint().toString());
        byte[] body = formBody(params).getBytes(StandardCharsets.UTF_8);
        Credentials c = currentCredentials();

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

    @Override
    public ApiException refused(int status, byte[] body, String action) {
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

    @Override
    public String notJsonHint() {
        return "a proxy or load balancer may be answering instead of the API; check --endpoint";
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

        /**
     * Parameters as the SDK's formData: sorted, RFC 3986 encoded. A list or map travels as one field
     * holding its JSON text (ListProjects' {@code Status} is {@code ["RUNNING","FAILED"]}).
     */
    static String formBody(Map<String, ?> params) {
        return new TreeMap<String, Object>(params).entrySet().stream()
                .map(e -> AcsV3Signer.percentEncode(e.getKey()) + "=" + AcsV3Signer.percentEncode(formValue(e.getValue())))
                .collect(Collectors.joining("&"));
    }

    private static String formValue(Object v) {
        if (v instanceof Iterable<?> || v instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a parameter cannot be written as JSON", e);
            }
        }
        return String.valueOf(v);
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
}
