package dev.omsteps.sim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** One step as DescribeProjectSteps returns it: PascalCase keys, camelCase {@code StepInfo}. */
@JsonPropertyOrder({"Order", "Name", "Description", "Status", "ExtraInfo", "StartTime", "FinishTime", "Progress", "StepInfo"})
public record StepView(
        @JsonProperty("Order") int order,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Status") String status,
        @JsonProperty("ExtraInfo") ExtraInfoView extraInfo,
        @JsonProperty("StartTime") String startTime,
        @JsonProperty("FinishTime") String finishTime,
        @JsonProperty("Progress") int progress,
        @JsonProperty("StepInfo") Map<String, Object> stepInfo) {
}
