package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.omsteps.sim.scenario.ErrorDetailView;
import java.util.List;

/**
 * OMS's envelope around every action's {@code Data} ({@code Cost} a string). The paging figures are
 * left out where OMS leaves them out (a refusal of the self-hosted console).
 */
record Envelope(
        boolean success,
        ErrorDetailView errorDetail,
        String code,
        String message,
        String advice,
        String requestId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer pageNumber,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer pageSize,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalCount,
        String cost,
        Object data) {

    /** A page of {@code data}, of {@code totalCount} items in all. */
    static Envelope page(String requestId, String cost, int pageNumber, int pageSize, int totalCount, List<?> data) {
        return new Envelope(true, null, null, null, null, requestId, pageNumber, pageSize, totalCount, cost, data);
    }

    /** All of {@code data} on one page of ten, as DescribeProjectSteps answers. */
    static Envelope all(String requestId, String cost, List<?> data) {
        return page(requestId, cost, 1, 10, data.size(), data);
    }

    /** One object as {@code Data} (DescribeProject, DescribeProjectComponents, …), paging as OMS sends it. */
    static Envelope one(String requestId, String cost, int totalCount, Object data) {
        return new Envelope(true, null, null, null, null, requestId, 1, 10, totalCount, cost, data);
    }

    /** {@code Success: false}; {@code Message} is the detail's message with its placeholders filled. */
    static Envelope failure(String requestId, String cost, ErrorDetailView detail, String filledMessage) {
        return new Envelope(false, detail, detail.code(), filledMessage, detail.proposal(), requestId, 1, 10, 0, cost, List.of());
    }

    /** A refusal as the self-hosted console words it: no advice, no paging. */
    static Envelope refusal(String requestId, String cost, String code, String message) {
        return new Envelope(false, new ErrorDetailView(code, "ERROR", message, null, null, null), code, message, null,
                requestId, null, null, null, cost, List.of());
    }
}
