package dev.omsteps.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A written file is whole or not there, and only regular files are ever replaced: a device or a FIFO given as
 * the file (or named by a link) is written in place, so that a run as root cannot move a report over /dev/full.
 */
class WholeFileTest {

    @TempDir
    Path dir;

    private static boolean noTemporaryFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aRegularFileIsReplacedKeepingItsPermissionsAndALinkStaysALink() throws Exception {
        Path real = dir.resolve("real.prom");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.prom"), real);
        assertEquals(real.toRealPath(), WholeFile.write(link, "new ✓"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new ✓", Files.readString(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        WholeFile.write(dir.resolve("fresh.prom"), "x");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh.prom"))));
        assertTrue(noTemporaryFiles(dir));
    }

    @Test
    void aFullDeviceBehindALinkFailsInPlaceAndIsNotReplaced() throws Exception {
        Path full = Path.of("/dev/full");
        assertTrue(Files.exists(full) && !Files.isRegularFile(full), "/dev/full is a device here");
        // through a link in our own folder: were the device replaced, only the link would be
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), full);
        IOException e = assertThrows(IOException.class, () -> WholeFile.write(link, "x".repeat(100_000)));
        assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(full), "still the device");
        assertTrue(noTemporaryFiles(dir));
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        WholeFile.write(fifo, "through the pipe");
        assertEquals("through the pipe", reader.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
        assertTrue(noTemporaryFiles(dir));
    }

    @Test
    void aMissingFolderIsNoSuchFile() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> WholeFile.write(dir.resolve("no/such/report.html"), "x"));
    }
}
