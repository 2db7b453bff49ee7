package dev.omsteps.model;

/**
 * Text from a server or a file made safe to print: a hostile or broken endpoint (or a proxy in front of it) must not
 * be able to move the cursor, clear the screen, retitle the terminal or reorder text by sending control characters or
 * escape sequences in a step name, a message or a body that is not JSON.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * Tabs and line breaks become spaces (every place omsteps prints such text is one line or one table cell); other
     * C0 and C1 controls, DEL and the bidirectional overrides and isolates become {@code ?}. Null stays null.
     */
    public static String of(String s) {
        if (s == null || s.chars().noneMatch(Printable::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(!unsafe(c) ? (char) c : Character.isWhitespace(c) ? ' ' : '?'));
        return b.toString();
    }

    /** A character {@link #of} replaces: C0 and C1 controls, DEL, bidirectional overrides and isolates. */
    public static boolean unsafe(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * {@link #of} on one line at most {@code max} characters long (an ellipsis marks a cut): for exception messages
     * and hints, which take foreign text (a server's message, an HTTP library's quote of a status line, a file's
     * content) and end up in error lines, poll events, status lines and traces alike.
     */
    public static String line(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = of(s).replaceAll(" {2,}", " ").strip();
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
