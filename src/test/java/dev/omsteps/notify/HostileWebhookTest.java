package dev.omsteps.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.testing.RawServer;
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
}
