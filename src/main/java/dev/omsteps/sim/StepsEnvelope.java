package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.omsteps.sim.scenario.ErrorDetailView;
import dev.omsteps.sim.scenario.StepView;
import java.util.List;

/** DescribeProjectSteps' answer: OMS's envelope (PascalCase, {@code Cost} a string) around the steps. */
@JsonPropertyOrder({"Success", "ErrorDetail", "Code", "Message", "Advice", "RequestId", "PageNumber", "PageSize",
        "TotalCount", "Cost", "Data"})
record StepsEnvelope(
        @JsonProperty("Success") boolean success,
        @JsonProperty("ErrorDetail") ErrorDetailView errorDetail,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("Advice") String advice,
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("PageNumber") int pageNumber,
        @JsonProperty("PageSize") int pageSize,
        @JsonProperty("TotalCount") int totalCount,
        @JsonProperty("Cost") String cost,
        @JsonProperty("Data") List<StepView> data) {

    static StepsEnvelope ok(String requestId, String cost, List<StepView> steps) {
        return new StepsEnvelope(true, null, null, null, null, requestId, 1, 10, steps.size(), cost, steps);
    }

    static StepsEnvelope failure(String requestId, String cost, ErrorDetailView detail, String filledMessage) {
        return new StepsEnvelope(false, detail, detail.code(), filledMessage, detail.proposal(), requestId, 1, 10, 0, cost, List.of());
    }
}
