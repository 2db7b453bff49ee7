package dev.omsteps.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way omsteps reads a file it is given or finds (the contexts file, config.json, a credentials
 * file, an OIDC token file, a --ca-cert PEM): only a regular file (a FIFO would block, {@code /dev/zero}
 * never ends), and at most {@link #MAX_BYTES}, so a huge or endless file is one clear line, never an
 * OutOfMemoryError. It sits below config and credentials, which both read files; each turns
 * {@link Unreadable} into its own usage error, with its own hint.
 */
public final class BoundedFile {

    /** Far above any real config, credentials or certificate file. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The file cannot be read; the message says which file and why, ready for the user. */
    public static final class Unreadable extends IOException {
        private final String why;

        Unreadable(Path file, String why) {
            super("cannot read " + file + ": " + why);
            this.why = why;
        }

        /** Why, without the file: for a caller that names the file its own way. */
        public String why() {
            return why;
        }
    }

    private BoundedFile() {
    }

    /** The file's text, which must be UTF-8. */
    public static String readString(Path file) throws Unreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(file, "it is not UTF-8 text");
        }
    }

    public static byte[] readBytes(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(file, Files.exists(file) ? "it is not a regular file" : "there is no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable(file, "it is larger than " + MAX_BYTES / 1024 + " KiB");
            }
            return bytes;
        } catch (Unreadable e) {
            throw e;
        } catch (IOException e) {
            throw new Unreadable(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
