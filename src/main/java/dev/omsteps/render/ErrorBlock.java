package dev.omsteps.render;

import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines under the table: one block per step that carries errors (a failed step, or any
 * step with errors in its {@code ExtraInfo}), and the envelope's {@code ErrorDetail}. The API
 * sends that detail even with {@code Success: true} (its own published example does), so then
 * it is a note, not a failure. Messages are word-wrapped, never cut: they are what the user
 * needs to act on.
 */
final class ErrorBlock {

    private static final String INDENT = "   ";
    private static final String HANGING = "     ";

    private ErrorBlock() {
    }

    static List<Text> lines(StepsSnapshot s, RenderOptions o) {
        List<Text> out = new ArrayList<>();
        Glyphs g = o.glyphs();
        for (Step step : s.steps()) {
            if (step.hasError() || step.status().is(StepStatus.Kind.FAILED)) {
                out.addAll(stepBlock(step, o, g));
            }
        }
        ErrorDetail e = s.errorDetail();
        if (e != null && !e.isEmpty()) {
            String heading = s.success()
                    ? g.note() + " note from the API (the request succeeded):"
                    : g.failed() + " the API reported an error:";
            out.addAll(wrap(heading, o.width(), "", INDENT, s.success() ? Style.PLAIN : Style.RED_BOLD));
            out.addAll(detail(e, o.width()));
        }
        return out;
    }

    private static List<Text> stepBlock(Step step, RenderOptions o, Glyphs g) {
        boolean failed = step.status().is(StepStatus.Kind.FAILED);
        List<Text> out = new ArrayList<>(wrap(g.failed() + " step " + step.order() + " " + StepNames.title(step)
                + " " + step.status().raw(), o.width(), "", INDENT, failed ? Style.RED_BOLD : Style.YELLOW));
        for (ErrorDetail e : step.errorDetails()) {
            out.addAll(detail(e, o.width()));
        }
        String own = step.ownErrorLine();
        if (own != null) {
            out.addAll(wrap(own, o.width(), INDENT, HANGING, Style.PLAIN));
        }
        if (!step.errorParam().isEmpty()) {
            String params = step.errorParam().entrySet().stream()
                    .map(en -> en.getKey() + "=" + en.getValue()).collect(Collectors.joining(", "));
            out.addAll(wrap("Parameters: " + params, o.width(), INDENT, HANGING, Style.PLAIN));
        }
        if (step.failedTime() != null) {
            out.addAll(wrap("Failed at " + Times.clock(step.failedTime(), o), o.width(), INDENT, HANGING, Style.PLAIN));
        }
        return out;
    }

    private static List<Text> detail(ErrorDetail e, int width) {
        List<Text> out = new ArrayList<>();
        String tag = join(e.code(), e.level());
        String msg = e.filledMessage();
        String first = (tag.isEmpty() ? "" : "[" + tag + "]") + (msg == null ? "" : (tag.isEmpty() ? "" : " ") + msg);
        if (!first.isEmpty()) {
            out.addAll(wrap(first, width, INDENT, HANGING, Style.PLAIN));
        }
        if (e.filledReason() != null) {
            out.addAll(wrap("Reason: " + e.filledReason(), width, INDENT, HANGING, Style.PLAIN));
        }
        if (e.filledProposal() != null) {
            out.addAll(wrap("Proposal: " + e.filledProposal(), width, INDENT, HANGING, Style.PLAIN));
        }
        return out;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static List<Text> wrap(String text, int width, String first, String rest, Style style) {
        return DisplayWidth.wrap(text, width, first, rest).stream().map(l -> Text.of(l, style)).toList();
    }
}
