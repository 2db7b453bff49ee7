package dev.omsteps.render;

import dev.omsteps.model.ProjectStage;
import java.time.Duration;
import java.time.Instant;
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
 * @param laggingFrom the incremental lag from which steady sync is shown as lagging
 */
public record RenderOptions(int width, boolean color, boolean unicode, boolean wide, Instant now, Duration laggingFrom) {

    public RenderOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(laggingFrom, "laggingFrom");
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1 column, not " + width);
        }
    }

    /** Options with the default lagging threshold ({@link ProjectStage#DEFAULT_LAGGING_FROM}). */
    public RenderOptions(int width, boolean color, boolean unicode, boolean wide, Instant now) {
        this(width, color, unicode, wide, now, ProjectStage.DEFAULT_LAGGING_FROM);
    }

    public RenderOptions withLaggingFrom(Duration d) {
        return new RenderOptions(width, color, unicode, wide, now, d);
    }

    public RenderOptions withWidth(int w) {
        return new RenderOptions(w, color, unicode, wide, now, laggingFrom);
    }

    public RenderOptions withColor(boolean c) {
        return new RenderOptions(width, c, unicode, wide, now, laggingFrom);
    }

    public RenderOptions withWide(boolean w) {
        return new RenderOptions(width, color, unicode, w, now, laggingFrom);
    }

    Glyphs glyphs() {
        return unicode ? Glyphs.UNICODE : Glyphs.ASCII;
    }
}
