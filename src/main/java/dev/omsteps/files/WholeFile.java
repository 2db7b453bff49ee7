package dev.omsteps.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way omsteps writes a file it is asked for (a report, the exporter's textfile): a regular file is
 * written beside itself and moved over the old one, so a reader never sees half of it and a full disk leaves
 * the old file whole and no temporary file behind; it keeps the permissions of the file it replaces (or gets
 * rw-r--r--, as a shell redirection gives). A symbolic link stays a link: the file it names is replaced. Anything
 * that is not a regular file ({@code /dev/stdout}, a FIFO, {@code /dev/full}) is written in place, never
 * replaced: moving a file over a device node would take the device away from everyone.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}; the path written, links resolved. */
    public static Path write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    out.write(bytes);
                }
                return target;
            }
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
