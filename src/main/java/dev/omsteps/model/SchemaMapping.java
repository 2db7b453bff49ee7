package dev.omsteps.model;

/** A database of a project's {@code TransferMapping}: its name on the source and on the target (the same when not renamed). */
public record SchemaMapping(String source, String target) {
}
