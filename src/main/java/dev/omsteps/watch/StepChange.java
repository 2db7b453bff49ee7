package dev.omsteps.watch;

import dev.omsteps.model.Step;

/** Something worth one line between two polls: a new status, a 10% progress mark crossed, a new error. */
public record StepChange(Kind kind, Step before, Step after) {

    public enum Kind { STATUS, PROGRESS, ERROR, APPEARED }
}
