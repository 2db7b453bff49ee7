package dev.omsteps.render;

import dev.omsteps.model.Attention;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The cells a project row shows, shared by the project list and the dashboard. */
final class ProjectCells {

    private ProjectCells() {
    }

    /** The current step's English title, else the name OMS gave it. */
    static String stepTitle(ProjectSummary p) {
        Step s = p.currentStep();
        if (s != null) {
            return StepNames.title(s);
        }
        return p.runningStep() == null ? "" : p.runningStep();
    }

    /** {@code MYSQL → OB_MYSQL}. */
    static String endpoints(ProjectSummary p, Glyphs g) {
        String arrow = g == Glyphs.UNICODE ? " → " : " -> ";
        return orDash(p.sourceEndpointType()) + arrow + orDash(p.sinkEndpointType());
    }

    /** A bar of {@code cells} and the percentage; steady MONITORING drawn as such; nothing without a figure. */
    static Text progress(ProjectSummary p, int cells, Glyphs g) {
        Step s = p.currentStep();
        StepStatus look = p.worstStatus();
        if (s != null && s.status().is(StepStatus.Kind.MONITORING)) {
            return Text.of(cells >= 6 ? g.steady() : "steady", Style.MAGENTA);
        }
        Integer pct = p.progress();
        if (pct == null) {
            return Text.EMPTY;
        }
        String percent = String.format(Locale.ROOT, "%3d%%", pct);
        if (cells <= 0) {
            return Text.of(percent);
        }
        int full = pct * cells / 100;
        return new Text(List.of(
                new Span(g.barOpen(), Style.PLAIN),
                new Span(g.barFull().repeat(full), StatusLook.style(look)),
                new Span(g.barEmpty().repeat(cells - full), Style.GREY),
                new Span(g.barClose() + " " + percent, Style.PLAIN)));
    }

    /** {@code ETA 41m} for work in flight, {@code lag 3s} for synchronization, else nothing. */
    static String etaOrLag(ProjectSummary p, Duration laggingFrom) {
        Attention a = Attention.of(p, laggingFrom);
        Duration lag = p.lag();
        if (lag != null && (a == Attention.LAGGING || a == Attention.READY
                || a == Attention.DONE && !p.worstStatus().is(StepStatus.Kind.FINISHED))) {
            return "lag " + HumanUnits.duration(lag);
        }
        Duration eta = p.eta();
        if (eta != null && a == Attention.RUNNING) {
            return "ETA " + HumanUnits.duration(eta);
        }
        return "";
    }

    static Text status(StepStatus s) {
        return StatusLook.text(s);
    }

    /**
     * The status cell of a project: {@code LAGGING} or {@code READY} (the switchover waits) in their own colours when
     * the project is so, else its worst status; {@code ALARM} after it when OMS reports an alarm firing.
     */
    static Text status(ProjectSummary p, Duration laggingFrom) {
        ProjectStage stage = p.stage(laggingFrom);
        Text t = switch (stage) {
            case LAGGING -> Text.of("LAGGING", StatusLook.style(stage));
            case READY_FOR_SWITCHOVER -> Text.of("READY", StatusLook.style(stage));
            default -> StatusLook.text(p.worstStatus());
        };
        return p.isAlarming() ? t.append(Text.of(" ALARM", Style.RED_BOLD)) : t;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
