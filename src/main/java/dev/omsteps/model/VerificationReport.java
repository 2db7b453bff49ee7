package dev.omsteps.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Full verification of a project: every table from all pages of ListProjectFullVerifyResult,
 * the server's count of differing rows, and the full-verification step when it is known. The
 * tables are kept worst first: differing ones (most differing rows first), then unfinished, then
 * clean ones, by name within each group.
 *
 * @param differentNumber {@code Data.DifferentNumber}: rows that differ across all tables, or null
 * @param verifierStep    the FULL_VERIFIER (or FULL_VALIDATION) step, or null when not known
 */
public record VerificationReport(
        String projectId,
        Instant fetchedAt,
        Long differentNumber,
        List<TableVerification> tables,
        Step verifierStep) {

    private static final Comparator<TableVerification> WORST_FIRST = Comparator
            .comparing(TableVerification::standing)
            .thenComparing(Comparator.comparingLong(TableVerification::differences).reversed())
            .thenComparing(TableVerification::sourceName);

    public VerificationReport {
        tables = tables == null ? List.of() : tables.stream().sorted(WORST_FIRST).toList();
    }

    /** The step a verification result belongs to, among a project's steps (null when it has none). */
    public static Step verifierStepOf(List<Step> steps) {
        for (Step s : steps) {
            if (s.name() != null && (s.name().equalsIgnoreCase("FULL_VERIFIER") || s.name().equalsIgnoreCase("FULL_VALIDATION"))) {
                return s;
            }
        }
        return null;
    }

    public long count(TableVerification.Standing standing) {
        return tables.stream().filter(t -> t.standing() == standing).count();
    }

    /**
     * Whether the verification step has ended. OMS leaves a complete full verification RUNNING at
     * 100 with a finish time (OceanBase Developer Center counts RUNNING at 100 as done); FAILED
     * ends it too. Without a known step, the tables alone decide.
     */
    public boolean stepFinished() {
        if (verifierStep == null) {
            return true;
        }
        StepStatus s = verifierStep.status();
        Integer p = verifierStep.clampedProgress();
        return s.is(StepStatus.Kind.FINISHED) || s.is(StepStatus.Kind.FAILED)
                || ((s.is(StepStatus.Kind.RUNNING) || s.is(StepStatus.Kind.MONITORING)) && p != null && p >= 100);
    }

    public VerificationVerdict verdict() {
        if (count(TableVerification.Standing.DIFFERENT) > 0 || (differentNumber != null && differentNumber > 0)) {
            return VerificationVerdict.DIFFERENCES;
        }
        if (tables.isEmpty() || !stepFinished() || count(TableVerification.Standing.UNFINISHED) > 0) {
            return VerificationVerdict.NOT_FINISHED;
        }
        return VerificationVerdict.CONSISTENT;
    }

    /** One line saying why the verdict is what it is. */
    public String reason() {
        long different = count(TableVerification.Standing.DIFFERENT);
        long unfinished = count(TableVerification.Standing.UNFINISHED);
        return switch (verdict()) {
            case CONSISTENT -> "all " + tables.size() + " " + plural(tables.size(), "table") + " consistent";
            case DIFFERENCES -> different > 0
                    ? different + " " + plural(different, "table") + " with differences or errors"
                    : differentNumber + " differing " + plural(differentNumber, "row") + " reported by the server";
            case NOT_FINISHED -> tables.isEmpty()
                    ? (verifierStep == null ? "no verification results (is full verification enabled?)"
                    : "no verification results yet")
                    : unfinished > 0 ? unfinished + " " + plural(unfinished, "table") + " not verified yet"
                    : "the full-verification step has not finished";
        };
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
