package dev.omsteps.watch.view;

/**
 * The terminal's size in character cells as measured now; 0 for what is not known. The CLI measures
 * it (again after a resize); the views only read it.
 */
public record ScreenSize(int columns, int rows) {
}
