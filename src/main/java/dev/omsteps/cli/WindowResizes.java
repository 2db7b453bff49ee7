package dev.omsteps.cli;

/**
 * Follows the terminal's resizes (SIGWINCH) so a redrawn view can redraw at once, not at the next
 * poll. The JDK's {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK and in the
 * release image) is the one way to hear that signal without a native library of our own; where it
 * cannot be had (Windows, a runtime without the module) resizes are followed at the next redraw.
 */
final class WindowResizes {

    private WindowResizes() {
    }

    /** Calls {@code onResize} on each resize until the returned action is run. */
    static Runnable follow(Runnable onResize) {
        try {
            sun.misc.Signal winch = new sun.misc.Signal("WINCH");
            sun.misc.SignalHandler previous = sun.misc.Signal.handle(winch, sig -> onResize.run());
            return () -> sun.misc.Signal.handle(winch, previous);
        } catch (IllegalArgumentException | LinkageError | UnsupportedOperationException e) {
            return () -> { };
        }
    }
}
