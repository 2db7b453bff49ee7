package dev.omsteps.render.report;

import dev.omsteps.model.Printable;

/**
 * Foreign text (table names, messages, descriptions) made inert for the two report formats. Every
 * string that did not come from omsteps itself goes through one of these on its way out, so a table
 * called {@code <script>} is shown as those characters and never becomes markup.
 */
public final class Escape {

    private Escape() {
    }

    /** For HTML text and attribute values (quoted either way); null becomes empty. */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        String p = Printable.of(s);
        StringBuilder b = new StringBuilder(p.length() + 16);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * For Markdown text and table cells: HTML's three specials as entities (ticket systems render
     * inline HTML), every Markdown punctuation mark that could open a link, emphasis, code or a cell
     * border backslash-escaped, on one line. Null becomes empty.
     */
    public static String markdown(String s) {
        if (s == null) {
            return "";
        }
        String p = Printable.of(s);
        StringBuilder b = new StringBuilder(p.length() + 16);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
