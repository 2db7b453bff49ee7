package dev.omsteps.api;

import java.io.IOException;
import java.io.PrintWriter;
import dev.omsteps.model.Printable;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/** {@code --debug}: prints each HTTP exchange with credentials masked. */
final class HttpTrace implements Interceptor {

    private static final int PREVIEW = 4096;
    private final PrintWriter out;

    HttpTrace(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request req = chain.request();
        out.println("> " + req.method() + " " + Printable.of(req.url().toString()));
        req.headers().forEach(h -> out.println("> " + h.getFirst() + ": " + mask(h.getFirst(), h.getSecond())));
        if (req.body() != null) {
            Buffer b = new Buffer();
            req.body().writeTo(b);
            out.println("> " + Printable.of(b.readUtf8(Math.min(b.size(), PREVIEW))));
        }
        long start = System.nanoTime();
        try {
            Response res = chain.proceed(req);
            out.println("< " + res.code() + " " + Printable.of(res.message()) + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            // what the server sent is shown, but never its control characters (a hostile answer could drive the terminal)
            res.headers().forEach(h -> out.println("< " + Printable.of(h.getFirst()) + ": "
                    + Printable.of(mask(h.getFirst(), h.getSecond()))));
            out.println("< " + Printable.of(res.peekBody(PREVIEW).string()));
            out.flush();
            return res;
        } catch (IOException e) {
            out.println("< failed: " + Printable.of(String.valueOf(e)));
            out.flush();
            throw e;
        }
    }

    /**
     * Keeps what helps debugging (key ID, signed header list) and hides what would let someone sign or log in: in
     * requests and answers alike, since a self-hosted OMS may answer with a session cookie.
     */
    static String mask(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("authorization") || n.equals("proxy-authorization")) {
            int sig = value.indexOf("Signature=");
            if (sig >= 0) {
                return value.substring(0, sig) + "Signature=****";
            }
            int space = value.indexOf(' ');
            return (space > 0 ? value.substring(0, space) : "") + " ****";
        }
        if (n.contains("token") || n.contains("secret") || n.contains("password") || n.equals("cookie") || n.equals("set-cookie")) {
            return "****";
        }
        return value;
    }
}
