package dev.omsteps.render;

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
}
