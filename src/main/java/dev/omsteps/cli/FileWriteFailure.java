package dev.omsteps.cli;

import dev.omsteps.model.Printable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file omsteps was asked to write (a report's {@code --out}, the exporter's {@code --textfile}) could not be
 * written although its place was fine: a full disk, an I/O error. Exit 74, as for standard output; a place that
 * is not there or not ours is a usage error instead (exit 2).
 */
final class FileWriteFailure extends RuntimeException {

    private FileWriteFailure(String message) {
        super(message);
    }

    /** What ends the command when writing {@code file} failed with {@code e}. */
    static RuntimeException of(Path file, IOException e) {
        String name = Printable.of(file.toString());
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException || e instanceof NotDirectoryException) {
            return new UsageException("cannot write " + name + ": " + (e instanceof AccessDeniedException ? "permission denied"
                    : "no such folder"), "check that the folder exists and is writable");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : Printable.line(e.getMessage(), 200);
        return new FileWriteFailure("cannot write " + name + ": " + why);
    }

    String hint() {
        return "check the disk; the file it would have replaced is unchanged";
    }
}
