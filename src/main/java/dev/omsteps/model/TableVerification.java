package dev.omsteps.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One table's full-verification result, an entry of ListProjectFullVerifyResult's
 * {@code FullVerifyTableStatistics}. Status and result type are kept as the API wrote them
 * (unknown values included); counts the API left out are null.
 *
 * @param status     RUNNING, ERROR, FINISHED or SUSPEND (the verification of this table)
 * @param resultType RUNNING, CONSISTENT, INCONSISTENT, BOTH_EMPTY, SCHEMA_MISMATCH, … (what it found)
 * @param progress   0..100 (the API sends a string), or null
 */
public record TableVerification(
        String sourceSchema,
        String sourceTable,
        String destSchema,
        String status,
        String resultType,
        String resultDesc,
        Integer progress,
        Long consistentCount,
        Long mismatchedCount,
        Long sourceOnlyCount,
        Long destOnlyCount,
        String message,
        List<ErrorDetail> errors) {

    /** Result types that let a cutover go ahead: both sides hold the same rows (or none). */
    private static final Set<String> CLEAN = Set.of("CONSISTENT", "BOTH_EMPTY");

    /** How a table stands, worst first: the order {@code verify} lists tables in. */
    public enum Standing { DIFFERENT, UNFINISHED, CLEAN }

    public TableVerification {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Rows that differ: mismatched plus those on one side only (absent counts count as none). */
    public long differences() {
        return zero(mismatchedCount) + zero(sourceOnlyCount) + zero(destOnlyCount);
    }

    /** Verification of this table has ended: FINISHED or ERROR, and no RUNNING result. */
    public boolean isFinished() {
        String s = upper(status);
        return (s.equals("FINISHED") || s.equals("ERROR")) && !upper(resultType).equals("RUNNING");
    }

    /** Finished and found the two sides the same. */
    public boolean isClean() {
        return isFinished() && CLEAN.contains(upper(resultType)) && differences() == 0;
    }

    public Standing standing() {
        if (isClean()) {
            return Standing.CLEAN;
        }
        return isFinished() || differences() > 0 ? Standing.DIFFERENT : Standing.UNFINISHED;
    }

    /** {@code schema.table}, or what of it is known. */
    public String sourceName() {
        return qualified(sourceSchema, sourceTable);
    }

    static String qualified(String schema, String table) {
        if (schema == null) {
            return table == null ? "?" : table;
        }
        return table == null ? schema : schema + "." + table;
    }

    private static long zero(Long v) {
        return v == null ? 0 : Math.max(0, v);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
