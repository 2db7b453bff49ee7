package dev.omsteps.render;

/**
 * The non-ASCII characters the table uses, with ASCII stand-ins for outputs whose charset
 * cannot encode them (a non-UTF-8 console would print {@code ?} instead).
 */
record Glyphs(String barFull, String barEmpty, String barOpen, String barClose, String steady,
              String separator, String ellipsis, String slow, String failed, String note) {

    static final Glyphs UNICODE = new Glyphs("█", "░", "", "", "─ steady ─", " · ", "…", "▼", "✗", "ℹ");
    static final Glyphs ASCII = new Glyphs("#", "-", "[", "]", "- steady -", " | ", "...", "!", "x", "i");
}
