package dev.omsteps.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A CONNECT proxy on 127.0.0.1 for tests: it records each request head and tunnels every CONNECT, whatever
 * host it names, to one port on loopback, so that a client can be pointed at a real-looking host name without
 * any name being resolved or any packet leaving the machine. A plain-HTTP request in absolute form
 * ({@code GET http://host/path}) is forwarded the same way, one request per connection. With
 * {@code requiredAuth} it answers 407 to a request whose {@code Proxy-Authorization} is not exactly that value.
 */
public final class ConnectProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final String requiredAuth;
    private final List<String> heads = new CopyOnWriteArrayList<>();

    public ConnectProxy(int targetPort, String requiredAuth) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.requiredAuth = requiredAuth;
        Thread t = new Thread(this::acceptLoop, "test-connect-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The request heads received (request line and headers), in order. */
    public List<String> heads() {
        return heads;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "test-connect-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                heads.add(head);
                if (requiredAuth != null && !head.contains("\r\nProxy-Authorization: " + requiredAuth + "\r\n")) {
                    in.readNBytes(contentLength(head)); // the refused request's body, before the next head
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                if (!head.startsWith("CONNECT ")) {
                    forward(head, in, out);
                    return;
                }
                try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread back = new Thread(() -> pipe(upstreamIn(upstream), out), "test-connect-proxy-back");
                    back.setDaemon(true);
                    back.start();
                    pipe(in, upstream.getOutputStream());
                    back.join(5_000);
                }
                return;
            }
        } catch (IOException | InterruptedException ignored) {
            // the client went away
        }
    }

    /** Sends an absolute-form request on in origin form, with its body, and the whole answer back. */
    private void forward(String head, InputStream in, OutputStream out) throws IOException {
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[1].startsWith("http://")) {
            out.write("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        java.net.URI target = java.net.URI.create(requestLine[1]);
        StringBuilder origin = new StringBuilder(requestLine[0] + " " + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\n");
        for (int i = 1; i < lines.length; i++) {
            String lower = lines[i].toLowerCase(java.util.Locale.ROOT);
            if (!lower.startsWith("proxy-") && !lower.startsWith("connection:")) {
                origin.append(lines[i]).append("\r\n");
            }
        }
        origin.append("Connection: close\r\n\r\n");
        byte[] body = in.readNBytes(contentLength(head));
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            OutputStream up = upstream.getOutputStream();
            up.write(origin.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.write(body);
            up.flush();
            pipe(upstream.getInputStream(), out);
        }
    }

    private static InputStream upstreamIn(Socket s) {
        try {
            return s.getInputStream();
        } catch (IOException e) {
            return InputStream.nullInputStream();
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        byte[] buf = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buf)) != -1; ) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // either side closed
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    /** Up to the blank line; null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            b.write(c);
            String s = b.toString(StandardCharsets.ISO_8859_1);
            if (s.endsWith("\r\n\r\n")) {
                return s;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
