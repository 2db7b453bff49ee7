package dev.omsteps.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.config.OmsSettings;
import dev.omsteps.model.ErrorDetail;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A self-hosted OMS console (Community and Enterprise editions): {@code POST <url>/api/v2?Action=…}
 * with the parameters in a camelCase JSON body (lists as JSON arrays), HTTP Basic auth when a user is set, no Alibaba Cloud signature.
 */
final class SelfHostedDialect implements Dialect {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OmsSettings settings;
    private final String userAgent;

    SelfHostedDialect(OmsSettings settings, String userAgent) {
        this.settings = settings;
        this.userAgent = userAgent;
    }

    @Override
    public URI endpoint() {
        return settings.baseUrl();
    }

    @Override
    public Request request(String action, Map<String, ?> params) {
        HttpUrl url = HttpUrl.get(settings.baseUrl().toString()).newBuilder()
                .addPathSegments("api/v2").addQueryParameter("Action", action).build();
        String body;
        try {
            body = MAPPER.writeValueAsString(camelCase(params));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the parameters of " + action + " cannot be written as JSON", e);
        }
        Request.Builder rb = new Request.Builder().url(url)
                .post(RequestBody.create(body, JSON))
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (settings.hasUser()) {
            rb.header("Authorization", Credentials.basic(settings.user(), settings.password() == null ? "" : settings.password(),
                    StandardCharsets.UTF_8));
        }
        return rb.build();
    }

    /** {@code PageNumber} becomes {@code pageNumber}: the same names, as self-hosted OMS writes them. */
    static Map<String, Object> camelCase(Map<String, ?> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((name, value) -> out.put(name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1), value));
        return out;
    }

    @Override
    public ApiException refused(int status, byte[] body, String action) {
        if (status == 401 || status == 403) {
            return new ApiException(ApiException.Kind.AUTH, status, null,
                    "OMS refused " + (settings.hasUser() ? "the user '" + settings.user() + "'" : "the request without a user")
                            + " (HTTP " + status + ")",
                    "check the OMS user and password (OMSTEPS_OMS_USER, OMSTEPS_OMS_PASSWORD)", null);
        }
        if (status == 404) {
            return new ApiException(ApiException.Kind.APPLICATION, status, null, "no OMS API at " + settings.baseUrl() + " (HTTP 404)",
                    "check --oms-url: it is the OMS console's base URL, e.g. http://oms.example.com:8089", null);
        }
        if (status == 429 || status >= 500) {
            return new ApiException(status == 429 ? ApiException.Kind.THROTTLED : ApiException.Kind.SERVER, status, null,
                    "OMS answered HTTP " + status, "retry in a moment", null);
        }
        return new ApiException(ApiException.Kind.APPLICATION, status, null, "OMS answered HTTP " + status,
                "run with --debug to see the exchange", null);
    }

    @Override
    public String notJsonHint() {
        return "a login page or proxy may be answering instead of the OMS API; check --oms-url";
    }

    /** OMS asks to retry later in Chinese (稍后重试, 请稍后) or English; such errors are transient. */
    @Override
    public ApiException failed(ErrorDetail detail, String requestId, String subject) {
        String message = detail == null ? null : detail.filledMessage();
        if (asksToRetryLater(message)) {
            return new ApiException(ApiException.Kind.UNAVAILABLE, 200, detail.code(), "OMS is busy: " + message,
                    "OMS asks to retry later", requestId);
        }
        return Dialect.super.failed(detail, requestId, subject);
    }

    static boolean asksToRetryLater(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("稍后") || m.contains("重试") || m.contains("retry later") || m.contains("try again later");
    }
}
