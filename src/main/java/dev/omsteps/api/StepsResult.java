package dev.omsteps.api;

import dev.omsteps.model.StepsSnapshot;

/** A parsed snapshot and the body exactly as received (for {@code -o raw}). */
public record StepsResult(StepsSnapshot snapshot, byte[] rawBody) {
}
