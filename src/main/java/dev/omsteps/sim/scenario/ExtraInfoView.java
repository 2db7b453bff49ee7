package dev.omsteps.sim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A step's {@code ExtraInfo}: empty ({@code {}}) unless the step failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtraInfoView(
        List<ErrorDetailView> errorDetails,
        String errorCode,
        String errorMsg,
        Map<String, String> errorParam,
        String failedTime) {

    public static final ExtraInfoView NONE = new ExtraInfoView(null, null, null, null, null);
}
