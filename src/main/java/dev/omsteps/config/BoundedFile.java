package dev.omsteps.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way omsteps reads a file it is given or finds (config.json, credentials.ini, the contexts
 * file, a --ca-cert PEM): only a regular file (a FIFO would block, {@code /dev/zero} never ends), and
 * at most {@link #MAX_BYTES}, so a huge or endless file is one clear line (exit 2), never an
 * OutOfMemoryError.
 */
public final class BoundedFile {

    /** Far above any real config or certificate file. */
    public static final int MAX_BYTES = 1024 * 1024;

    private BoundedFile() {
    }

    /** The file's text, which must be UTF-8; {@code hint} says what to do when it cannot be read. */
    public static String readString(Path file, String hint) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(readBytes(file, hint))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException("cannot read " + file + ": it is not UTF-8 text", hint);
        }
    }

    public static byte[] readBytes(Path file, String hint) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("cannot read " + file + ": " + (Files.exists(file) ? "it is not a regular file" : "there is no such file"), hint);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ConfigException("cannot read " + file + ": it is larger than " + MAX_BYTES / 1024 + " KiB", hint);
            }
            return bytes;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), hint);
        }
    }
}
