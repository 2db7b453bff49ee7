package dev.omsteps.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An endpoint independent of the simulator that answers every request with the next body of a list — captured OMS
 * answers, as they are — and the last one again once the list runs out. It answers both flavours: self-hosted
 * {@code POST /api/v2?Action=…} and the cloud's {@code POST /} (it checks no signature: what it tests is what omsteps
 * makes of the answers). Loopback only, an ephemeral port.
 */
public final class CaptureServer implements AutoCloseable {

    /** One answer: HTTP status, body, and extra headers as name, value pairs. */
    public record Reply(int status, String body, List<String> headers) {
        public static Reply ok(String body) {
            return new Reply(200, body, List.of());
        }
    }

    private final HttpServer server;
    private final List<Reply> replies;
    private final AtomicInteger next = new AtomicInteger();
    private final List<String> actions = new CopyOnWriteArrayList<>();

    public CaptureServer(List<Reply> replies) {
        this.replies = new ArrayList<>(replies);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getQuery();
            actions.add(query == null ? exchange.getRequestHeaders().getFirst("x-acs-action") : query);
            int i = Math.min(next.getAndIncrement(), this.replies.size() - 1);
            Reply r = this.replies.get(i);
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            for (int h = 0; h + 1 < r.headers().size(); h += 2) {
                exchange.getResponseHeaders().set(r.headers().get(h), r.headers().get(h + 1));
            }
            exchange.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static CaptureServer of(String... bodies) {
        return new CaptureServer(java.util.Arrays.stream(bodies).map(Reply::ok).toList());
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many requests it answered. */
    public int requests() {
        return next.get();
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
