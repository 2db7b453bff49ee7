package dev.omsteps.cli;

import dev.omsteps.model.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps line breaks and makes everything else {@link Printable}: for the multi-line text omsteps
 * does not compose itself, such as a {@code --debug} stack trace, whose exception messages may quote
 * a server.
 */
final class PrintableWriter extends FilterWriter {

    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(c == '\n' ? c : Printable.unsafe(c) ? Character.isWhitespace(c) ? ' ' : '?' : c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }
}
