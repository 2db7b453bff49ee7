package dev.omsteps.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.config.Credentials;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.MalformedResponseException;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
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
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import javax.net.ssl.SSLException;
import okhttp3.tls.HandshakeCertificates;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The OceanBase OpenAPI over HTTPS: RPC-style {@code POST /} with the parameters in a form body,
 * signed with V3 ({@code ACS3-HMAC-SHA256}), as the official OceanBasePro SDK sends it.
 */
public final class OpenApiClient implements OmsClient {

    public static final String API_VERSION = "2019-09-01";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final DateTimeFormatter ACS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final CloudSettings settings;
    private final ClientOptions options;
    private final OkHttpClient http;
    private final ResponseParser parser = new ResponseParser();
    private final String userAgent;

    public OpenApiClient(CloudSettings settings, ClientOptions options, String userAgent) {
        this.settings = settings;
        this.options = options;
        this.userAgent = userAgent;
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .retryOnConnectionFailure(false); // our own RetryPolicy decides, with backoff
        if (options.caCert() != null) {
            HandshakeCertificates trust = TrustedCertificates.platformPlus(options.caCert());
            b.sslSocketFactory(trust.sslSocketFactory(), trust.trustManager());
        }
        if (options.trace() != null) {
            b.addNetworkInterceptor(new HttpTrace(options.trace()));
        }
        this.http = b.build();
    }

    @Override
    public StepsResult describeProjectSteps(String projectId) {
        Answer a = call("DescribeProjectSteps", Map.of("Id", projectId), projectId);
        StepsSnapshot snapshot = parser.parseSteps(projectId, a.receivedAt(), a.root());
        return new StepsResult(snapshot, a.body());
    }

    /** A parsed answer with {@code Success} not false. */
    public record Answer(byte[] body, JsonNode root, Instant receivedAt) {
    }

    /** One action with retries on transient failures; throws the last failure when tries run out. */
    public Answer call(String action, Map<String, String> params, String subject) {
        RetryPolicy retry = options.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(action, params, subject);
            } catch (ApiException e) {
                if (!e.isTransient() || attempt >= retry.maxAttempts()) {
                    throw attempt > 1 ? afterTries(e, attempt) : e;
                }
                try {
                    options.sleeper().sleep(retry.delayBefore(attempt + 1, options.random()));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static ApiException afterTries(ApiException e, int tries) {
        ApiException wrapped = new ApiException(e.kind(), e.httpStatus(), e.code(),
                e.getMessage() + " (after " + tries + " tries)", e.hint(), e.requestId());
        wrapped.initCause(e);
        return wrapped;
    }

    private Answer once(String action, Map<String, String> params, String subject) {
        Request request = signedRequest(action, params);
        try (Response response = http.newCall(request).execute()) {
            byte[] body = readCapped(response.body());
            Instant receivedAt = options.clock().instant();
            if (!response.isSuccessful()) {
                throw gatewayError(response.code(), body, action);
            }
            JsonNode root;
            try {
                root = parser.readTree(body);
            } catch (MalformedResponseException e) {
                throw new ApiException(ApiException.Kind.BAD_RESPONSE, response.code(), null,
                        e.getMessage() + " (starts with: " + e.preview() + ")",
                        "a proxy or load balancer may be answering instead of the API; check --endpoint", null);
            }
            JsonNode success = root.get("Success");
            if (success != null && (success.asText().equalsIgnoreCase("false"))) {
                ErrorDetail d = parser.envelopeError(root);
                String requestId = root.path("RequestId").asText(null);
                throw ErrorClassifier.application(d == null ? null : d.code(), d == null ? null : d.filledMessage(),
                        d == null ? null : d.filledProposal(), requestId, subject);
            }
            return new Answer(body, root, receivedAt);
        } catch (SSLException e) {
            ApiException tls = new ApiException(ApiException.Kind.TLS, 0, null,
                    "TLS with " + request.url().host() + " failed: " + describe(e),
                    "if the endpoint uses a private CA or a TLS-inspecting proxy, pass its certificate with --ca-cert FILE", null);
            tls.initCause(e);
            throw tls;
        } catch (InterruptedIOException e) {
            throw network("timed out talking to " + request.url().host(), e);
        } catch (IOException e) {
            throw network("could not talk to " + request.url().host() + ": " + describe(e), e);
        }
    }

    private static ApiException network(String what, IOException cause) {
        ApiException e = new ApiException(ApiException.Kind.NETWORK, 0, null, what,
                "check the endpoint, your network and proxy settings", null);
        e.initCause(cause);
        return e;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
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

    private byte[] readCapped(ResponseBody body) throws IOException {
        long max = options.maxBodyBytes();
        if (body.contentLength() > max) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, 0, null,
                    "the answer is larger than " + max / (1024 * 1024) + " MiB", "check --endpoint", null);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > max) {
                throw new ApiException(ApiException.Kind.BAD_RESPONSE, 0, null,
                        "the answer is larger than " + max / (1024 * 1024) + " MiB", "check --endpoint", null);
            }
        }
        return buffer.readByteArray();
    }

    Request signedRequest(String action, Map<String, String> params) {
        URI endpoint = settings.endpoint();
        HttpUrl url = HttpUrl.get(endpoint.toString());
        byte[] body = formBody(params).getBytes(StandardCharsets.UTF_8);
        Credentials c = settings.credentials();

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
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
