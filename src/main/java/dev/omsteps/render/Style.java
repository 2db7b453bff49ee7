package dev.omsteps.render;

import org.fusesource.jansi.Ansi;

/** The few text styles the table uses, as jansi escape sequences. */
enum Style {
    PLAIN, BOLD, GREEN, GREEN_BOLD, CYAN, ORANGE, MAGENTA, RED_BOLD, YELLOW, GREY;

    /** {@code text} wrapped in this style's codes; a fresh {@link Ansi} so jansi's global on/off switch plays no part. */
    String apply(String text) {
        if (this == PLAIN || text.isEmpty()) {
            return text;
        }
        Ansi a = new Ansi();
        switch (this) {
            case BOLD -> a.bold();
            case GREEN -> a.fg(Ansi.Color.GREEN);
            case GREEN_BOLD -> a.fg(Ansi.Color.GREEN).bold();
            case CYAN -> a.fg(Ansi.Color.CYAN);
            // lagging gets a colour of its own, apart from suspended (yellow) and steady sync (magenta)
            case ORANGE -> a.fg(208);
            case MAGENTA -> a.fg(Ansi.Color.MAGENTA);
            case RED_BOLD -> a.fg(Ansi.Color.RED).bold();
            case YELLOW -> a.fg(Ansi.Color.YELLOW);
            case GREY -> a.fgBrightBlack();
            default -> throw new IllegalStateException(name());
        }
        return a.a(text).reset().toString();
    }
}
