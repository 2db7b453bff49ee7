package dev.omsteps.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile HTTP server on 127.0.0.1: each connection is handed to a handler that writes whatever bytes it likes
 * (a status line with escape sequences, a drip, a close mid-answer), unlike a well-behaved mock server.
 */
public final class RawServer implements AutoCloseable {

    /** What to do with one accepted connection; {@code n} counts connections from 1. */
    public interface Handler {
        void handle(Socket s, int n) throws Exception;
    }

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    public RawServer(Handler handler) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    int n = connections.incrementAndGet();
                    Thread c = new Thread(() -> {
                        try (s) {
                            handler.handle(s, n);
                        } catch (Exception ignored) {
                            // the client went away
                        }
                    });
                    c.setDaemon(true);
                    c.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    public String url(String scheme) {
        return scheme + "://127.0.0.1:" + server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    /** Reads one request (headers and a Content-Length body); null when the client closed the connection. */
    public static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            head.write(c);
            byte[] b = head.toByteArray();
            int n = b.length;
            if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
                String h = head.toString(StandardCharsets.ISO_8859_1);
                int length = 0;
                for (String line : h.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
                return h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** A complete HTTP/1.1 answer that keeps the connection open. */
    public static byte[] answer(String status, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
