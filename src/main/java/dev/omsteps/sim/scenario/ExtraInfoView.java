package dev.omsteps.sim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A step's {@code ExtraInfo}: empty ({@code {}}) unless the step failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ErrorDetails", "ErrorCode", "ErrorMsg", "ErrorParam", "FailedTime"})
public record ExtraInfoView(
        @JsonProperty("ErrorDetails") List<ErrorDetailView> errorDetails,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("ErrorMsg") String errorMsg,
        @JsonProperty("ErrorParam") Map<String, String> errorParam,
        @JsonProperty("FailedTime") String failedTime) {

    public static final ExtraInfoView NONE = new ExtraInfoView(null, null, null, null, null);
}
