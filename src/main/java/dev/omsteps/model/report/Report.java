package dev.omsteps.model.report;

import dev.omsteps.model.Component;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.model.VerificationVerdict;
import dev.omsteps.time.HumanDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything a cutover sign-off report shows, fetched once: the steps, the project's facts, full
 * verification, component state and metric histories, with when and against what it was made.
 * The parts other than the steps are null when they could not be fetched; {@link #gaps} says why.
 *
 * @param target    the endpoint and flavour asked, in words ({@code OceanBase Cloud OpenAPI at https://…})
 * @param window    how far back the metric charts reach
 * @param laggingFrom the incremental lag from which sync is lagging ({@code --lag-threshold}); ready for switchover
 *                  also needs it caught up ({@link IncrementalLag#CAUGHT_UP_WITHIN}), as {@link ProjectStage} says
 * @param charts    metric histories to draw, in order (lag first)
 */
public record Report(
        String projectId,
        Instant generatedAt,
        String target,
        String generator,
        Duration window,
        Duration laggingFrom,
        StepsSnapshot steps,
        ProjectDetails project,
        VerificationReport verification,
        ProjectComponents components,
        List<ChartSeries> charts,
        List<Gap> gaps) {

    public Report {
        charts = charts == null ? List.of() : List.copyOf(charts);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    /** The forward incremental-sync step, whose lag decides a switchover; null when the project has none. */
    public Step incrementalStep() {
        for (Step s : steps.steps()) {
            if (StepNames.isIncremental(s.name()) && !s.name().toUpperCase(Locale.ROOT).startsWith("REVERSE")) {
                return s;
            }
        }
        return null;
    }

    /** The incremental lag at the fetch of the steps, as every view shows it; null when no checkpoint is reported. */
    public IncrementalLag incrementalLag() {
        return steps.incrementalLag();
    }

    /** How far the target is behind ({@link IncrementalLag#behind}); null when unknown. */
    public Duration lag() {
        IncrementalLag l = incrementalLag();
        return l == null ? null : l.behind();
    }

    /** How old the checkpoint sample was, or null when OMS did not say when it sampled. */
    public Duration lagSampleAge() {
        IncrementalLag l = incrementalLag();
        return l == null ? null : l.sampleAge();
    }

    /** Where the project stands, by the one rule every command uses ({@link ProjectStage#of}). */
    public ProjectStage stage() {
        return steps.stage(laggingFrom);
    }

    /** The forward switchover step, or null when the project has none. */
    public Step switchoverStep() {
        return steps.steps().stream().filter(s -> StepNames.isForwardSwitchover(s.name())).findFirst().orElse(null);
    }

    /** Whether the step has done its part: finished (at 100 with a finish time counts) or steady in MONITORING. */
    static boolean settled(Step s) {
        return s.isFinished() || s.status().is(StepStatus.Kind.MONITORING);
    }

    /** Ready for switchover, or every reason not, most serious first. */
    public Verdict verdict() {
        List<String> blockers = new ArrayList<>();
        List<String> caveats = new ArrayList<>();
        Step switchover = switchoverStep();
        stepBlockers(switchover, blockers);
        stepCaveats(caveats);
        verificationBlockers(blockers, caveats);
        lagBlockers(blockers);
        if (components != null) {
            for (Component c : components.inTrouble()) {
                blockers.add(c.kind().title() + " component " + name(c) + " is " + c.status()
                        + c.errors().stream().filter(e -> !e.isEmpty()).findFirst().map(e -> ": " + errorLine(e)).orElse(""));
            }
        }
        for (Gap g : gaps) {
            if (!g.part().equals("verification results")) {
                caveats.add(g.part() + " could not be read: " + g.reason());
            }
        }
        ProjectStage stage = stage();
        if (blockers.isEmpty() && stage != ProjectStage.READY_FOR_SWITCHOVER) {
            // the steps' own rule has the last word: no report calls ready what a watch would not
            blockers.add("the project is " + stage.words() + ", not ready for switchover");
        }
        return new Verdict(blockers.isEmpty(), blockers, caveats);
    }

    private void stepBlockers(Step switchover, List<String> blockers) {
        if (steps.steps().isEmpty()) {
            blockers.add("the project reported no steps");
            return;
        }
        for (Step s : steps.steps()) {
            if (s.status().is(StepStatus.Kind.FAILED)) {
                blockers.add(StepNames.title(s) + " failed" + stepError(s).map(e -> ": " + e).orElse(""));
            } else if (s.status().is(StepStatus.Kind.SUSPEND)) {
                blockers.add(StepNames.title(s) + " is suspended");
            }
        }
        if (switchover != null && (switchover.finishTime() != null || switchover.status().is(StepStatus.Kind.FINISHED)
                || (switchover.clampedProgress() != null && switchover.clampedProgress() > 0))) {
            blockers.add("the forward switchover has already started");
        }
        List<String> notStarted = new ArrayList<>();
        for (Step s : steps.steps()) {
            if (switchover != null && s.order() >= switchover.order()) {
                break;
            }
            if (s.status().is(StepStatus.Kind.INIT)) {
                notStarted.add(StepNames.title(s));
            } else if (!settled(s) && !s.status().is(StepStatus.Kind.FAILED) && !s.status().is(StepStatus.Kind.SUSPEND)) {
                Integer p = s.clampedProgress();
                blockers.add(StepNames.title(s) + " is " + s.status().raw().toLowerCase(Locale.ROOT)
                        + (p != null && s.status().is(StepStatus.Kind.RUNNING) ? " at " + p + "%" : ""));
            }
        }
        if (!notStarted.isEmpty()) {
            blockers.add(String.join(", ", notStarted) + (notStarted.size() == 1 ? " has" : " have") + " not started");
        }
        if (switchover == null) {
            blockers.add("the project has no forward switchover step (a synchronization, or switchover not enabled)");
        }
    }

    /** Errors a step carries without having failed: worth reading before a cutover, not in its way. */
    private void stepCaveats(List<String> caveats) {
        for (Step s : steps.steps()) {
            if (!s.status().is(StepStatus.Kind.FAILED)) {
                stepError(s).ifPresent(e -> caveats.add(StepNames.title(s) + " reports an error: " + e));
            }
        }
    }

    private void verificationBlockers(List<String> blockers, List<String> caveats) {
        boolean enabled = project == null || !Boolean.FALSE.equals(project.enabledPhases().get("fullVerify"));
        if (verification == null) {
            Gap g = gaps.stream().filter(x -> x.part().equals("verification results")).findFirst().orElse(null);
            String why = "full verification results could not be read" + (g == null ? "" : ": " + g.reason());
            (enabled ? blockers : caveats).add(why);
            return;
        }
        VerificationVerdict v = verification.verdict();
        if (v == VerificationVerdict.CONSISTENT) {
            return;
        }
        if (!enabled && verification.tables().isEmpty()) {
            caveats.add("full verification is not enabled for this project");
            return;
        }
        blockers.add("full verification: " + verification.reason());
    }

    private void lagBlockers(List<String> blockers) {
        Step incr = incrementalStep();
        if (incr == null || incr.status().is(StepStatus.Kind.FAILED) || incr.status().is(StepStatus.Kind.SUSPEND)
                || incr.status().is(StepStatus.Kind.INIT)) {
            return;
        }
        IncrementalLag lag = incrementalLag();
        if (lag == null) {
            blockers.add("incremental lag unknown (no checkpoint reported)");
        } else if (lag.isStale()) {
            blockers.add("incremental sync last reported " + HumanDuration.of(lag.sampleAge()) + " ago (stalled?); target "
                    + HumanDuration.of(lag.behind()) + " behind");
        } else if (lag.reaches(laggingFrom)) {
            blockers.add("incremental sync is lagging: " + HumanDuration.of(lag.behind()) + " behind (lagging from "
                    + HumanDuration.of(laggingFrom) + ")");
        } else if (!lag.isCaughtUp()) {
            blockers.add("incremental sync is " + HumanDuration.of(lag.behind()) + " behind (a switchover wants it within "
                    + HumanDuration.of(IncrementalLag.CAUGHT_UP_WITHIN) + ")");
        }
    }

    /** The first error a step carries, as one line. */
    public static java.util.Optional<String> stepError(Step s) {
        for (ErrorDetail e : s.errorDetails()) {
            if (!e.isEmpty()) {
                return java.util.Optional.of(errorLine(e));
            }
        }
        if (s.errorMsg() != null || s.errorCode() != null) {
            return java.util.Optional.of(s.errorCode() != null && s.errorMsg() != null ? s.errorCode() + ": " + s.errorMsg()
                    : s.errorMsg() != null ? s.errorMsg() : s.errorCode());
        }
        return java.util.Optional.empty();
    }

    /** {@code CODE: message}, or what of it is known. */
    public static String errorLine(ErrorDetail e) {
        String msg = e.filledMessage() != null ? e.filledMessage() : e.filledReason();
        if (e.code() == null) {
            return msg == null ? "error" : msg;
        }
        return msg == null ? e.code() : e.code() + ": " + msg;
    }

    private static String name(Component c) {
        return c.name() != null ? c.name() : c.ip() != null ? c.ip() : "?";
    }
}
