package dev.omsteps.model;

import java.util.List;

/**
 * One page of ListProjectFullVerifyResult: {@code Data.DifferentNumber}, the page's tables and
 * the envelope's paging figures (absent ones null).
 */
public record VerificationPage(
        Long differentNumber,
        List<TableVerification> tables,
        Long totalCount,
        Integer pageNumber,
        Integer pageSize,
        String requestId) {

    public VerificationPage {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** Whether another page may hold more tables: the total says so, or a full page came back without one. */
    public boolean hasMoreAfter(int tablesSoFar, int requestedPageSize) {
        if (tables.isEmpty()) {
            return false;
        }
        if (totalCount != null) {
            return tablesSoFar < totalCount;
        }
        return tables.size() >= requestedPageSize;
    }
}
