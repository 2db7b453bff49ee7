package dev.omsteps.cli;

import org.jline.nativ.CLibrary;

/**
 * The size of the terminal on standard output, in character cells; 0 for what cannot be had (not a terminal, no
 * native library for this platform). Asked with one {@code ioctl(TIOCGWINSZ)} through jline's small JNI library:
 * a terminal object from jline's builder forks {@code stty} (100–300 ms at start-up) and an FFM call needs Java 22.
 */
public record TerminalSize(int columns, int rows) {

    public static final TerminalSize UNKNOWN = new TerminalSize(0, 0);

    private static final int STDOUT = 1;

    /** The size of the terminal that standard output is, now (call again after a SIGWINCH). */
    public static TerminalSize ofStdout() {
        try {
            CLibrary.WinSize ws = new CLibrary.WinSize();
            if (CLibrary.ioctl(STDOUT, CLibrary.TIOCGWINSZ, ws) != 0) {
                return UNKNOWN;
            }
            return new TerminalSize(Math.max(0, ws.ws_col), Math.max(0, ws.ws_row));
        } catch (Exception | LinkageError e) {
            // no library for this OS or architecture, a noexec temp directory, a Windows console: the caller's defaults
            return UNKNOWN;
        }
    }
}
