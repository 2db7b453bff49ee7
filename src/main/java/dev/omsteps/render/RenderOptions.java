package dev.omsteps.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to draw a table. Everything the renderer would otherwise have to ask the terminal or the
 * system clock for comes in here, so rendering stays pure and reproducible.
 *
 * @param width   columns available; no line of output is wider
 * @param color   emit ANSI colour codes
 * @param unicode use block bars and typographic glyphs; false for an output charset that cannot encode them
 * @param wide    one column per metric instead of a single DETAILS column ({@code -o wide})
 * @param now     the instant elapsed times and ETAs are measured against
 * @param zone    the zone wall-clock times are shown in (the user's, or UTC with {@code --utc})
 */
public record RenderOptions(int width, boolean color, boolean unicode, boolean wide, Instant now, ZoneId zone) {

    public RenderOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1 column, not " + width);
        }
    }

    /** Times in UTC: what tests and goldens use, so they read the same on every machine. */
    public RenderOptions(int width, boolean color, boolean unicode, boolean wide, Instant now) {
        this(width, color, unicode, wide, now, ZoneOffset.UTC);
    }

    public RenderOptions withWidth(int w) {
        return new RenderOptions(w, color, unicode, wide, now, zone);
    }

    public RenderOptions withColor(boolean c) {
        return new RenderOptions(width, c, unicode, wide, now, zone);
    }

    public RenderOptions withWide(boolean w) {
        return new RenderOptions(width, color, unicode, w, now, zone);
    }

    public RenderOptions withNow(Instant n) {
        return new RenderOptions(width, color, unicode, wide, n, zone);
    }

    public RenderOptions withZone(ZoneId z) {
        return new RenderOptions(width, color, unicode, wide, now, z);
    }

    Glyphs glyphs() {
        return unicode ? Glyphs.UNICODE : Glyphs.ASCII;
    }
}
