package dev.omsteps.render;

import dev.omsteps.model.Component;
import dev.omsteps.model.ErrorDetail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The components block ({@code steps --components}, and a watch when a step stalls or fails):
 * one line per component — its kind, status, delay, throughput, how old its checkpoint and its
 * last heartbeat are — then its errors, word-wrapped. Components in trouble come first. Pure.
 */
public final class ComponentsRenderer {

    private static final String INDENT = "   ";
    private static final String HANGING = "     ";

    /** {@code heading} is the first line (e.g. "Components" or "Components of Incremental sync"). */
    public List<String> lines(String heading, List<Component> components, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> out = new ArrayList<>();
        out.add(Text.of(heading, Style.BOLD).truncate(o.width(), g.ellipsis()));
        if (components.isEmpty()) {
            out.add(Text.of(INDENT + "(none reported)", Style.GREY));
        }
        List<Component> ordered = new ArrayList<>(components.stream().filter(Component::isInTrouble).toList());
        components.stream().filter(c -> !c.isInTrouble()).forEach(ordered::add);
        for (Component c : ordered) {
            out.add(line(c, o, g));
            for (ErrorDetail e : c.errors()) {
                String tag = e.code() == null ? "" : "[" + e.code() + "] ";
                String msg = e.filledMessage() == null ? "" : e.filledMessage();
                if (!(tag + msg).isBlank()) {
                    DisplayWidth.wrap((tag + msg).strip(), o.width(), HANGING, HANGING).forEach(l -> out.add(Text.of(l)));
                }
            }
        }
        return out.stream().map(t -> t.render(o.color()).stripTrailing()).toList();
    }

    private static Text line(Component c, RenderOptions o, Glyphs g) {
        List<Text> parts = new ArrayList<>();
        boolean trouble = c.isInTrouble();
        parts.add(Text.of((trouble ? g.failed() : " ") + " " + c.kind().title(), trouble ? Style.RED_BOLD : Style.PLAIN));
        parts.add(Text.of(c.status() == null ? "?" : c.status(), trouble ? Style.RED_BOLD : Style.GREEN));
        if (c.delaySeconds() != null) {
            parts.add(Text.of("delay " + HumanUnits.duration(Duration.ofSeconds(Math.max(0, c.delaySeconds())))));
        }
        if (c.tps() != null) {
            parts.add(Text.of(HumanUnits.rate(c.tps()) + " tps"));
        }
        if (c.progress() != null) {
            parts.add(Text.of(c.progress() + "%"));
        }
        Duration cp = c.checkpointAge(o.now());
        if (cp != null) {
            parts.add(Text.of("checkpoint " + Times.clock(c.checkpoint(), o) + " (" + HumanUnits.duration(cp) + " ago)"));
        }
        Duration hb = c.heartbeatAge(o.now());
        if (hb != null) {
            parts.add(Text.of("heartbeat " + HumanUnits.duration(hb) + " ago"));
        }
        Text line = Text.joinWithin(parts, "  ", o.width(), g.ellipsis());
        // the name only where it fits whole: it is long and the figures matter more
        Text named = c.name() == null ? line : line.append(Text.of("  ")).append(Text.of(c.name(), Style.GREY));
        return named.width() <= o.width() ? named : line;
    }
}
