package dev.omsteps.cli;

/**
 * SIGINT, SIGTERM and SIGHUP all end omsteps the same way: as interrupted, exit 130, with the
 * shutdown hooks run (a watch's terminal is restored and its ndjson stream gets its final
 * {@code done} line, exit code 130, whichever signal it was). Without this, SIGTERM and SIGHUP
 * would exit 143 and 129 while the {@code done} line said 130.
 */
final class Interrupts {

    private Interrupts() {
    }

    /** For the real process only (from {@link Main#main}); a signal the platform lacks is skipped. */
    @SuppressWarnings("removal")
    static void install() {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> System.exit(ExitCodes.INTERRUPTED));
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // e.g. no SIGHUP on Windows, or signals reserved with -Xrs
            }
        }
    }
}
