package dev.omsteps.model.report;

/**
 * A part of a report that could not be fetched, and why (one printable line): a report still gets
 * written when, say, the caller may not read component state, and says what it lacks.
 *
 * @param part   what is missing, in words: {@code verification results}, {@code components}, …
 * @param reason the error's one line
 */
public record Gap(String part, String reason) {
}
