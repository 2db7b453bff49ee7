package dev.omsteps.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests as the official credentials library (credentials-java) sends them, checked on a loopback server:
 * AssumeRole a GET signed with RPC 1.0; AssumeRoleWithOIDC a POST with the token in the form body, unsigned; the
 * metadata service's token first, and the plain read when no token comes.
 */
class RequestShapesTest {

    static final String STS_ANSWER = "{\"RequestId\":\"r\",\"Credentials\":{\"AccessKeyId\":\"STS.tmp\",\"AccessKeySecret\":\"tmpsecret\","
            + "\"SecurityToken\":\"tmptoken\",\"Expiration\":\"2026-11-25T11:00:00Z\"}}";
    static final String ECS_ANSWER = "{\"Code\":\"Success\",\"AccessKeyId\":\"STS.ecs\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"t\","
            + "\"Expiration\":\"2026-11-25T16:00:00Z\"}";

    @TempDir
    Path dir;
    MockWebServer server;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    final CredentialsHttp http = CredentialsHttp.defaults();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    @Test
    void assumeRoleIsASignedGetWithEveryParameter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(STS_ANSWER).build());
        Credentials by = new Credentials("AKID", "SOURCESECRET", "SRCTOKEN", "test");
        Credentials c = new StsClient(http, clock, () -> "nonce-1").assumeRole(endpoint(), by,
                new RoleRequest("acs:ram::1:role/r", "omsteps-test", 900, "{\"Statement\":[]}", "ext-1"), "src");
        assertEquals("STS.tmp", c.accessKeyId());
        assertEquals(Instant.parse("2026-11-25T11:00:00Z"), c.expiration());
        RecordedRequest req = server.takeRequest();
        assertEquals("GET", req.getMethod());
        HttpUrl url = req.getUrl();
        Map<String, String> params = new LinkedHashMap<>();
        url.queryParameterNames().forEach(n -> params.put(n, url.queryParameter(n)));
        assertEquals("AssumeRole", params.get("Action"));
        assertEquals("2015-04-01", params.get("Version"));
        assertEquals("acs:ram::1:role/r", params.get("RoleArn"));
        assertEquals("omsteps-test", params.get("RoleSessionName"));
        assertEquals("900", params.get("DurationSeconds"));
        assertEquals("ext-1", params.get("ExternalId"));
        assertEquals("{\"Statement\":[]}", params.get("Policy"));
        assertEquals("SRCTOKEN", params.get("SecurityToken"));
        assertEquals("HMAC-SHA1", params.get("SignatureMethod"));
        assertEquals("2026-11-25T10:00:00Z", params.get("Timestamp"));
        assertEquals(RpcSignature.signature("SOURCESECRET", RpcSignature.stringToSign("GET", params)), params.get("Signature"));
        assertFalse(url.toString().contains("SOURCESECRET"));
    }

    @Test
    void assumeRoleWithOidcPostsTheTokenUnsigned() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "a.b.c\n");
        server.enqueue(new MockResponse.Builder().code(200).body(STS_ANSWER).build());
        new StsClient(http, clock, () -> "n").assumeRoleWithOidc(endpoint(), "acs:ram::1:oidc-provider/p", token,
                new RoleRequest("acs:ram::1:role/r", "omsteps-1", 3600, null, null), "src");
        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("AssumeRoleWithOIDC", req.getUrl().queryParameter("Action"));
        assertNull(req.getUrl().queryParameter("Signature"));
        String body = req.getBody().utf8();
        assertTrue(body.contains("OIDCToken=a.b.c") && body.contains("OIDCProviderArn=acs%3Aram%3A%3A1%3Aoidc-provider%2Fp")
                && body.contains("RoleSessionName=omsteps-1") && !body.contains("Signature"), body);
    }

    @Test
    void stsRefusalIsOneLineWithTheCode() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"Code\":\"EntityNotExist.Role\",\"Message\":\"The role not exists.\"}").build());
        CredentialsException e = org.junit.jupiter.api.Assertions.assertThrows(CredentialsException.class,
                () -> new StsClient(http, clock, () -> "n").assumeRole(endpoint(), new Credentials("a", "b", null, "x"),
                        new RoleRequest("acs:ram::1:role/none", "omsteps-1", 3600, null, null), "src"));
        assertEquals(CredentialsException.Kind.REFUSED, e.kind());
        assertEquals("STS refused AssumeRole of acs:ram::1:role/none (EntityNotExist.Role): The role not exists.", e.getMessage());
        assertEquals("check the role ARN", e.hint());
    }

    @Test
    void metadataAsksForATokenFirstAndSendsIt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("TOKEN123").build());
        server.enqueue(new MockResponse.Builder().code(200).body("my-role\n").build());
        server.enqueue(new MockResponse.Builder().code(200).body(ECS_ANSWER).build());
        Credentials c = new EcsMetadata(http, endpoint(), false).fetch(null, "ecs");
        assertEquals("STS.ecs", c.accessKeyId());
        RecordedRequest put = server.takeRequest();
        assertEquals("PUT", put.getMethod());
        assertEquals("/latest/api/token", put.getUrl().encodedPath());
        assertEquals("21600", put.getHeaders().get("X-aliyun-ecs-metadata-token-ttl-seconds"));
        RecordedRequest list = server.takeRequest();
        assertEquals("TOKEN123", list.getHeaders().get("X-aliyun-ecs-metadata-token"));
        RecordedRequest creds = server.takeRequest();
        assertEquals("/latest/meta-data/ram/security-credentials/my-role", creds.getUrl().encodedPath());
        assertEquals("TOKEN123", creds.getHeaders().get("X-aliyun-ecs-metadata-token"));
    }

    @Test
    void withoutATokenTheMetadataIsReadPlainlyUnlessThatIsDisabled() throws Exception {
        server.enqueue(new MockResponse.Builder().code(403).build());
        server.enqueue(new MockResponse.Builder().code(200).body(ECS_ANSWER).build());
        assertEquals("STS.ecs", new EcsMetadata(http, endpoint(), false).fetch("r", "ecs").accessKeyId());
        server.takeRequest();
        assertNull(server.takeRequest().getHeaders().get("X-aliyun-ecs-metadata-token"));
        server.enqueue(new MockResponse.Builder().code(403).build());
        CredentialsException e = org.junit.jupiter.api.Assertions.assertThrows(CredentialsException.class,
                () -> new EcsMetadata(http, endpoint(), true).fetch("r", "ecs"));
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_IMDSV1_DISABLED"), e.getMessage());
    }

    @Test
    void stsEndpointOrder() {
        TemporarySources none = new TemporarySources(Map.of(), clock, http);
        assertEquals("https://sts.aliyuncs.com/", none.stsEndpoint(null, null, false).toString());
        assertEquals("https://sts.cn-shanghai.aliyuncs.com/", none.stsEndpoint(null, "cn-shanghai", false).toString());
        assertEquals("https://sts-vpc.cn-shanghai.aliyuncs.com/", none.stsEndpoint(null, "cn-shanghai", true).toString());
        TemporarySources env = new TemporarySources(Map.of("ALIBABA_CLOUD_STS_REGION", "ap-southeast-1",
                "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true"), clock, http);
        assertEquals("https://sts-vpc.ap-southeast-1.aliyuncs.com/", env.stsEndpoint(null, null, false).toString());
        assertEquals("https://sts.cn-beijing.aliyuncs.com/", env.stsEndpoint("sts.cn-beijing.aliyuncs.com", "cn-shanghai", false).toString());
        TemporarySources override = new TemporarySources(Map.of("OMSTEPS_STS_ENDPOINT", "http://127.0.0.1:9"), clock, http);
        assertEquals("http://127.0.0.1:9/", override.stsEndpoint("sts.cn-beijing.aliyuncs.com", "cn-shanghai", true).toString());
    }
}
