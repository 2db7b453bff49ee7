package dev.omsteps.sim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** OMS's {@code ErrorDetail}: {@code Message} may hold {@code {placeholders}} that {@code ExtraContext} fills. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Code", "Level", "Message", "ExtraContext", "Reason", "Proposal"})
public record ErrorDetailView(
        @JsonProperty("Code") String code,
        @JsonProperty("Level") String level,
        @JsonProperty("Message") String message,
        @JsonProperty("ExtraContext") Map<String, String> extraContext,
        @JsonProperty("Reason") String reason,
        @JsonProperty("Proposal") String proposal) {
}
