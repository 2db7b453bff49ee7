package dev.omsteps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.aliyun.tea.TeaRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our V3 signer against Alibaba Cloud's official openapiutil, used as an oracle. */
class AcsV3SignerTest {

    @ParameterizedTest
    @CsvSource({
        "np_4w3a5b6c, 2026-11-25T10:00:00Z, 3f2a1c9e-0001, ",
        "np_中文 id*~, 2020-05-22T17:04:18Z, nonce with spaces, ",
        "np_x, 2026-01-01T00:00:00Z, n3, CAIS-sts-token+/=",
    })
    void signatureMatchesOfficialClient(String id, String date, String nonce, String token) throws Exception {
        String body = CloudDialect.formBody(Map.of("Id", id));
        String hashed = AcsV3Signer.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "oceanbasepro.cn-hangzhou.aliyuncs.com");
        headers.put("x-acs-action", "DescribeProjectSteps");
        headers.put("x-acs-version", "2019-09-01");
        headers.put("x-acs-date", date);
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", hashed);
        headers.put("content-type", "application/x-www-form-urlencoded");
        if (token != null) {
            headers.put("x-acs-security-token", token);
        }
        headers.put("user-agent", "not signed");

        String ours = AcsV3Signer.authorization("LTAI5tExampleKey", "s3cr3t-Example", "POST", "/", Map.of(), headers, hashed);

        TeaRequest req = new TeaRequest();
        req.method = "POST";
        req.pathname = "/";
        req.headers = new HashMap<>(headers);
        req.query = new HashMap<>();
        String official = com.aliyun.openapiutil.Client.getAuthorization(req, "ACS3-HMAC-SHA256", hashed,
                "LTAI5tExampleKey", "s3cr3t-Example");
        assertEquals(official, ours);
    }

    @ParameterizedTest
    @CsvSource({"Id, np_1", "PageSize, 150"})
    void queryParametersAreSignedLikeTheOfficialClient(String key, String value) throws Exception {
        String hashed = AcsV3Signer.sha256Hex(new byte[0]);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "127.0.0.1:8080");
        headers.put("x-acs-action", "DescribeProjectSteps");
        headers.put("x-acs-version", "2019-09-01");
        headers.put("x-acs-date", "2026-11-25T10:00:00Z");
        headers.put("x-acs-signature-nonce", "n");
        headers.put("x-acs-content-sha256", hashed);
        Map<String, String> query = Map.of(key, value, "Status", "[\"RUNNING\",\"FAILED\"]");
        String ours = AcsV3Signer.authorization("AK", "SK", "POST", "/", query, headers, hashed);

        TeaRequest req = new TeaRequest();
        req.method = "POST";
        req.pathname = "/";
        req.headers = new HashMap<>(headers);
        req.query = new HashMap<>(query);
        assertEquals(com.aliyun.openapiutil.Client.getAuthorization(req, "ACS3-HMAC-SHA256", hashed, "AK", "SK"), ours);
        assertNotEquals(AcsV3Signer.authorization("AK", "wrong", "POST", "/", query, headers, hashed), ours);
    }
}
