package dev.omsteps.render;

import dev.omsteps.model.ProjectStage;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;

/** The colour of each status. Unknown statuses are printed as the API wrote them, uncoloured. */
final class StatusLook {

    private StatusLook() {
    }

    static Style style(StepStatus status) {
        return switch (status.kind()) {
            case FINISHED -> Style.GREEN;
            case RUNNING -> Style.CYAN;
            // a steady state, not an end and not work in flight: its own colour
            case MONITORING -> Style.MAGENTA;
            case FAILED -> Style.RED_BOLD;
            case SUSPEND -> Style.YELLOW;
            case INIT -> Style.GREY;
            case UNKNOWN -> Style.PLAIN;
        };
    }

    static Text text(StepStatus status) {
        return Text.of(status.raw(), style(status));
    }

    /** A step's status as the API wrote it, coloured as finished when the step is done by its finish time. */
    static Text text(Step step) {
        return Text.of(step.status().raw(), step.isFinished() ? Style.GREEN : style(step.status()));
    }

    /** The colour of each stage; lagging has its own (orange), ready for switchover is green and bold. */
    static Style style(ProjectStage stage) {
        return switch (stage) {
            case FAILED -> Style.RED_BOLD;
            case SUSPENDED -> Style.YELLOW;
            case LAGGING -> Style.ORANGE;
            case RUNNING -> Style.CYAN;
            case SYNCING -> Style.MAGENTA;
            case READY_FOR_SWITCHOVER -> Style.GREEN_BOLD;
            case FINISHED -> Style.GREEN;
        };
    }
}
