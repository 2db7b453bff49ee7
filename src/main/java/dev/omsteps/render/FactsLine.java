package dev.omsteps.render;

import dev.omsteps.model.ProjectDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The line of project facts under the steps header: {@code ALARM: …} first when an alarm is
 * raised, then importance, source → target, labels and enabled phases. Parts that do not fit are
 * dropped from the end. Pure; empty when there is nothing to say.
 */
public final class FactsLine {

    private FactsLine() {
    }

    public static String of(ProjectDetails d, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(d.alarming())) {
            parts.add(Text.of("ALARM" + (d.alarmContent() == null ? "" : ": " + d.alarmContent()), Style.RED_BOLD));
        }
        if (d.importance() != null) {
            parts.add(Text.of("importance " + d.importance()));
        }
        if (d.sourceEndpointType() != null || d.sinkEndpointType() != null) {
            parts.add(Text.of(orQuestion(d.sourceEndpointType()) + (g == Glyphs.UNICODE ? " → " : " -> ")
                    + orQuestion(d.sinkEndpointType())));
        }
        if (!d.labels().isEmpty()) {
            parts.add(Text.of("labels " + String.join(",", d.labels())));
        }
        if (!d.enabledPhases().isEmpty()) {
            parts.add(Text.of("phases " + (d.enabled().isEmpty() ? "none" : String.join(",", d.enabled().stream()
                    .map(FactsLine::shortPhase).toList()))));
        }
        return Text.joinWithin(parts, " " + g.separator() + " ", o.width(), g.ellipsis()).render(o.color());
    }

    private static String orQuestion(String s) {
        return s == null ? "?" : s;
    }

    /** {@code structTransfer} → {@code struct}, {@code reverseIncrTransfer} → {@code reverse-incr}. */
    static String shortPhase(String phase) {
        return switch (phase) {
            case "structTransfer" -> "schema";
            case "fullTransfer" -> "full";
            case "fullVerify" -> "full-verify";
            case "incrTransfer" -> "incr";
            case "incrVerify" -> "incr-verify";
            case "reverseIncrTransfer" -> "reverse";
            default -> phase;
        };
    }
}
