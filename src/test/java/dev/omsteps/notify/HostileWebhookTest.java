package dev.omsteps.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.config.ProxySettings;
import dev.omsteps.http.Network;
import dev.omsteps.http.ProxyRoutes;
import dev.omsteps.testing.ConnectProxy;
import dev.omsteps.testing.RawServer;
import java.net.URI;
import java.util.Base64;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook deliveries on the same HTTP rules as the API: a redirect is not followed, an endless answer is not kept. */
class HostileWebhookTest {

    private static final String TOKEN = "hook-token-must-not-show";
    private final JsonNode event = new ObjectMapper().createObjectNode().put("event", "done");

    @Test
    void aRedirectIsNotFollowedNorRetriedAndTheHookTokenStaysMasked() throws Exception {
        try (RawServer elsewhere = new RawServer((s, n) -> s.getOutputStream().write(RawServer.answer("200 OK", "{}")));
             RawServer hook = new RawServer((s, n) -> {
                 RawServer.readRequest(s.getInputStream());
                 s.getOutputStream().write(("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.url("http")
                         + "/\u001b[2J\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
             })) {
            NotifyTarget target = NotifyTarget.parse(hook.url("http") + "/hooks/" + TOKEN, Map.of());
            Sender.DeliveryFailure f = assertThrows(Sender.DeliveryFailure.class,
                    () -> new HttpSender(Duration.ofSeconds(2), Clock.systemUTC()).send(target, event, "{\"event\":\"done\"}"));
            assertFalse(f.retryable());
            assertTrue(f.getMessage().contains("redirect (HTTP 307) to " + elsewhere.url("http")), f.getMessage());
            assertFalse(f.getMessage().contains(TOKEN) || f.getMessage().chars().anyMatch(c -> c < 0x20), f.getMessage());
            assertEquals(0, elsewhere.connections());
        }
    }

    @Test
    void anEndlessAnswerIsCutAtTheCap() throws Exception {
        try (RawServer endless = new RawServer((s, n) -> {
            RawServer.readRequest(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        })) {
            NotifyTarget target = NotifyTarget.parse(endless.url("http") + "/hook", Map.of());
            Sender.DeliveryFailure f = assertThrows(Sender.DeliveryFailure.class,
                    () -> new HttpSender(Duration.ofSeconds(5), Clock.systemUTC()).send(target, event, "{}"));
            assertTrue(f.getMessage().contains("more than 64 KiB"), f.getMessage());
        }
    }

    @Test
    void aWebhookGoesThroughTheProxyTheApiWouldUseAndNoProxyIsHonoured() throws Exception {
        String password = "hook-proxy-pa55";
        java.util.List<String> received = new CopyOnWriteArrayList<>();
        try (RawServer hook = new RawServer((s, n) -> {
            received.add(RawServer.readRequest(s.getInputStream()));
            s.getOutputStream().write(RawServer.answer("200 OK", "{\"errcode\":0}"));
        }); ConnectProxy proxy = new ConnectProxy(Integer.parseInt(hook.url("http").replaceAll(".*:", "")),
                "Basic " + Base64.getEncoder().encodeToString(("bob:" + password).getBytes(StandardCharsets.UTF_8)))) {
            Map<String, String> env = Map.of("HTTP_PROXY", "http://bob:" + password + "@127.0.0.1:" + proxy.port(), "NO_PROXY", "direct.example");
            ProxyRoutes routes = ProxySettings.routes(null, env);
            NotifyTarget target = NotifyTarget.parse("http://hooks.example/hooks/" + TOKEN, Map.of());
            new HttpSender(Duration.ofSeconds(5), Clock.systemUTC(), new Network(routes, null)).send(target, event, "{\"event\":\"done\"}");
            assertEquals(1, received.size());
            assertTrue(received.get(0).startsWith("POST /hooks/" + TOKEN + " "), received.get(0));
            assertTrue(proxy.heads().stream().anyMatch(h -> h.startsWith("POST http://hooks.example/hooks/") && h.contains("Proxy-Authorization")),
                    proxy.heads().toString());
            assertEquals(null, routes.forUrl(URI.create("http://direct.example/hook")));
            assertEquals(null, routes.forUrl(URI.create("http://127.0.0.1:9/hook")), "loopback goes direct");
            assertEquals("http://bob:****@127.0.0.1:" + proxy.port(), String.valueOf(routes.forUrl(URI.create("http://hooks.example/"))));
        }
    }
}
