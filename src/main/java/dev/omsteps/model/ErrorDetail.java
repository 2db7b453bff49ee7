package dev.omsteps.model;

import java.util.List;
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
        Map<String, String> reasonMcmsContext,
        String proposal,
        Map<String, String> proposalMcmsContext) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public ErrorDetail {
        extraContext = copy(extraContext);
        messageMcmsContext = copy(messageMcmsContext);
        reasonMcmsContext = copy(reasonMcmsContext);
        proposalMcmsContext = copy(proposalMcmsContext);
    }

    /** A detail with a message only (and the contexts that fill it), as built from a step's ErrorMsg and ErrorParam. */
    public static ErrorDetail of(String code, String message, Map<String, String> context) {
        return new ErrorDetail(code, null, message, context, Map.of(), null, Map.of(), null, Map.of());
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return m == null ? Map.of() : Map.copyOf(m);
    }

    /** The message with {@code {name}} placeholders filled from ExtraContext, then MessageMcmsContext; unknown ones stay. */
    public String filledMessage() {
        return fill(message, List.of(extraContext, messageMcmsContext));
    }

    /** The reason, filled from its own ReasonMcmsContext first, then the message's contexts. */
    public String filledReason() {
        return fill(reason, List.of(reasonMcmsContext, extraContext, messageMcmsContext));
    }

    /** The proposal, filled from its own ProposalMcmsContext first, then the message's contexts. */
    public String filledProposal() {
        return fill(proposal, List.of(proposalMcmsContext, extraContext, messageMcmsContext));
    }

    private static String fill(String text, List<Map<String, String>> contexts) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).trim();
            String value = null;
            for (Map<String, String> c : contexts) {
                value = c.get(key);
                if (value != null) {
                    break;
                }
            }
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
