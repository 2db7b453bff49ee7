package dev.omsteps.watch;

/**
 * Where a single-project watch learns a project's importance (DescribeProject; the steps answer does not carry it), so
 * its alerts can take {@link AlertRule#defaultsFor importance defaults}. {@link AlertWatch} asks once per project and
 * keeps the answer, a null one included: at most one call per project per watch.
 */
@FunctionalInterface
public interface ImportanceLookup {

    /** Asks nothing: importance unknown, no default alerts. */
    ImportanceLookup NONE = projectId -> null;

    /** The project's importance (HIGH, MEDIUM, LOW …), or null when it cannot be told; never throws. */
    String importanceOf(String projectId);
}
