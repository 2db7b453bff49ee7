package dev.omsteps.render;

/** A run of text in one style. */
record Span(String text, Style style) {
}
