package dev.omsteps.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output as the process has it, minus the silence: {@link java.io.PrintStream} and
 * {@link java.io.PrintWriter} swallow write errors, so a watch piped into {@code head -1} would poll
 * for ever and {@code steps > /dev/full} would exit 0. The first failed write throws an
 * {@link OutputFailure}, and so does every write after it, whichever path writes.
 */
final class GuardedOutput extends FilterOutputStream {

    private volatile OutputFailure failure;

    GuardedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        guard(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) {
        guard(() -> out.write(b, off, len));
    }

    @Override
    public void flush() {
        guard(out::flush);
    }

    private interface Io {
        void run() throws IOException;
    }

    private synchronized void guard(Io io) {
        if (failure != null) {
            throw failure;
        }
        try {
            io.run();
        } catch (IOException e) {
            failure = new OutputFailure(e);
            throw failure;
        }
    }
}
