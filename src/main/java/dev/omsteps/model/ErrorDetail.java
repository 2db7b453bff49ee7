package dev.omsteps.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One OMS error (top-level {@code ErrorDetail} or an entry of a step's {@code ErrorDetails}).
 * Absent values are {@code null}; the API's {@code "null"} strings never reach this record.
 */
public record ErrorDetail(
        String code,
        String level,
        String message,
        Map<String, String> extraContext,
        Map<String, String> messageMcmsContext,
        String reason,
        String proposal) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public ErrorDetail {
        extraContext = extraContext == null ? Map.of() : Map.copyOf(extraContext);
        messageMcmsContext = messageMcmsContext == null ? Map.of() : Map.copyOf(messageMcmsContext);
    }

    /** The message with {@code {name}} placeholders filled from the two context maps; unknown ones stay as written. */
    public String filledMessage() {
        return fill(message);
    }

    public String filledReason() {
        return fill(reason);
    }

    public String filledProposal() {
        return fill(proposal);
    }

    private String fill(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).trim();
            String value = extraContext.getOrDefault(key, messageMcmsContext.get(key));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** True when nothing useful is in it (the API sends all-"null" details with {@code Success: true}). */
    public boolean isEmpty() {
        return code == null && message == null && reason == null && proposal == null;
    }
}
