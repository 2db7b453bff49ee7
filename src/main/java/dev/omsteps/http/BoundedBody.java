package dev.omsteps.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an answer's body up to a cap: by its {@code Content-Length} before reading, and while reading a
 * chunked or unannounced one, so an endless body is refused after {@code max} bytes, never kept.
 */
public final class BoundedBody {

    /** The body is larger than the cap; nothing of it is kept. */
    public static final class TooLarge extends IOException {
        private final long max;

        TooLarge(long max) {
            super("the answer is larger than " + size(max));
            this.max = max;
        }

        public long max() {
            return max;
        }
    }

    private BoundedBody() {
    }

    public static byte[] read(ResponseBody body, long max) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > max) {
            throw new TooLarge(max);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > max) {
                throw new TooLarge(max);
            }
        }
        return buffer.readByteArray();
    }

    /** 16 MiB, 256 KiB, 100 bytes. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
