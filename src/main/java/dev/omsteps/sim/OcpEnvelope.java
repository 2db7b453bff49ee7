package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The envelope some self-hosted deployments (behind OceanBase Cloud Platform) send: PascalCase keys around camelCase
 * steps, {@code Code} the number 200, {@code Message: "successful"}, a numeric {@code Cost} and an empty
 * {@code ErrorCode} — a success (oceanbase/odc's {@code JsonTest}, {@code test_json_sub_type_missing_property}).
 */
@JsonPropertyOrder(alphabetic = true)
record OcpEnvelope(
        @JsonProperty("Code") int code,
        @JsonProperty("Cost") long cost,
        @JsonProperty("Data") Object data,
        @JsonProperty("Deletable") boolean deletable,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("Message") String message,
        @JsonProperty("Success") boolean success,
        @JsonProperty("TotalCount") int totalCount) {

    static OcpEnvelope of(long costMillis, java.util.List<?> data) {
        return new OcpEnvelope(200, costMillis, data, false, "", "successful", true, data.size());
    }
}
