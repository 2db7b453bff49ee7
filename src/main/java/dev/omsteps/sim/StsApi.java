package dev.omsteps.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A local STS (version 2015-04-01): {@code AssumeRole}, signed by a key the gateway knows (the demo pair or
 * credentials it issued, for chained roles), and {@code AssumeRoleWithOIDC}, unsigned, with a JWT-shaped token.
 * Answers and refusals are shaped as the real service's. A role named {@code forbidden} is refused, to try that path.
 */
final class StsApi {

    static final String VERSION = "2015-04-01";
    private static final Pattern ROLE_ARN = Pattern.compile("acs:ram::\\d+:role/([A-Za-z0-9._@-]+)");
    private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9.@_-]{2,64}");
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final ObjectMapper json;
    private final IssuedCredentials issued;

    StsApi(ObjectMapper json, IssuedCredentials issued) {
        this.json = json;
        this.issued = issued;
    }

    static boolean handles(IncomingRequest request) {
        String action = request.parameters().get("Action");
        return VERSION.equals(request.parameters().get("Version"))
                && ("AssumeRole".equals(action) || "AssumeRoleWithOIDC".equals(action));
    }

    /** The parameters of a call: for AssumeRole those the gateway verified, for OIDC the request's own. */
    Reply answer(String action, Map<String, String> params, String requestId) {
        if (action.equals("AssumeRoleWithOIDC")) {
            require(params, "OIDCProviderArn");
            String token = require(params, "OIDCToken");
            if (!JWT.matcher(token).matches()) {
                throw new GatewayRejection(new GatewayError(400, "AuthenticationFail.OIDCToken.Invalid", "The OIDC token is invalid."));
            }
        }
        String arn = require(params, "RoleArn");
        var m = ROLE_ARN.matcher(arn);
        if (!m.matches()) {
            throw new GatewayRejection(new GatewayError(400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed."));
        }
        if (m.group(1).equals("forbidden")) {
            throw new GatewayRejection(new GatewayError(403, "NoPermission",
                    "You are not authorized to do this action. You should be authorized by RAM."));
        }
        String session = require(params, "RoleSessionName");
        if (!SESSION_NAME.matcher(session).matches()) {
            throw new GatewayRejection(new GatewayError(400, "InvalidParameter.RoleSessionName", "The parameter RoleSessionName is wrongly formed."));
        }
        long seconds;
        try {
            seconds = Long.parseLong(params.getOrDefault("DurationSeconds", "3600"));
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 900 || seconds > 43_200) {
            throw new GatewayRejection(new GatewayError(400, "InvalidParameter.DurationSeconds",
                    "The Min/Max value of DurationSeconds is 15min/12hr."));
        }
        IssuedCredentials.Issued i = issued.issue(Duration.ofSeconds(seconds));
        ObjectNode root = json.createObjectNode().put("RequestId", requestId);
        root.putObject("AssumedRoleUser").put("Arn", arn.replace(":role/", ":assumed-role/") + "/" + session)
                .put("AssumedRoleId", "3000000000000000:" + session);
        root.putObject("Credentials").put("AccessKeyId", i.accessKeyId()).put("AccessKeySecret", i.accessKeySecret())
                .put("SecurityToken", i.securityToken()).put("Expiration", i.expiration().toString());
        return new Reply(200, Reply.JSON, root.toString().getBytes(StandardCharsets.UTF_8), requestId);
    }

    private static String require(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new GatewayRejection(GatewayError.missingParameter(name));
        }
        return v;
    }
}
