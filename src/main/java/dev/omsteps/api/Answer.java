package dev.omsteps.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An answer that parsed and did not say {@code Success: false}: the body as received, its tree, when it came. */
public record Answer(byte[] body, JsonNode root, Instant receivedAt) {
}
