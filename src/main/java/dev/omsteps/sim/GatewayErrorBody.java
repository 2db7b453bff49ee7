package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of a gateway refusal, in the gateway's own shape (not OMS's envelope). */
@JsonPropertyOrder({"RequestId", "HostId", "Code", "Message", "Recommend"})
record GatewayErrorBody(
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("HostId") String hostId,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("Recommend") String recommend) {
}
