package dev.omsteps.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ECS instance's metadata service in its hardened mode (every read needs a token from
 * {@code PUT /latest/api/token}), with one RAM role, and a credentials URI ({@code GET /credentials-uri}) that
 * answers the same way. Both hand out credentials the simulator's gateway accepts.
 */
final class MetadataService {

    static final String ROLE = "omsteps-sim-role";
    static final String TOKEN_PATH = "/latest/api/token";
    static final String ROLES_PATH = "/latest/meta-data/ram/security-credentials/";
    static final String CREDENTIALS_URI_PATH = "/credentials-uri";

    private final ObjectMapper json;
    private final IssuedCredentials issued;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    MetadataService(ObjectMapper json, IssuedCredentials issued) {
        this.json = json;
        this.issued = issued;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(CREDENTIALS_URI_PATH) && method.equals("GET")) {
                send(exchange, 200, credentials().toString());
            } else if (path.equals(TOKEN_PATH) && method.equals("PUT")) {
                if (exchange.getRequestHeaders().getFirst("X-aliyun-ecs-metadata-token-ttl-seconds") == null) {
                    send(exchange, 400, "missing X-aliyun-ecs-metadata-token-ttl-seconds");
                    return;
                }
                byte[] b = new byte[24];
                random.nextBytes(b);
                String token = HexFormat.of().formatHex(b);
                tokens.add(token);
                send(exchange, 200, token);
            } else if (path.startsWith(ROLES_PATH) && method.equals("GET")) {
                String token = exchange.getRequestHeaders().getFirst("X-aliyun-ecs-metadata-token");
                if (token == null || !tokens.contains(token)) {
                    send(exchange, 401, "Unauthorized");
                    return;
                }
                String role = path.substring(ROLES_PATH.length());
                if (role.isEmpty()) {
                    send(exchange, 200, ROLE);
                } else if (role.equals(ROLE)) {
                    send(exchange, 200, credentials().toString());
                } else {
                    send(exchange, 404, "Not Found");
                }
            } else {
                send(exchange, 404, "Not Found");
            }
        }
    }

    private ObjectNode credentials() {
        IssuedCredentials.Issued i = issued.issue(Duration.ofHours(6));
        return json.createObjectNode().put("AccessKeyId", i.accessKeyId()).put("AccessKeySecret", i.accessKeySecret())
                .put("Expiration", i.expiration().toString()).put("SecurityToken", i.securityToken()).put("Code", "Success");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? Reply.JSON : "text/plain");
        exchange.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(b);
        }
    }
}
