package dev.omsteps.sim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A step's {@code ExtraInfo}. Every key is sent, {@code null} unless the step failed, as real OMS sends it (the
 * self-hosted answer captured in oceanbase/odc's {@code project_step.json}), not left out.
 */
public record ExtraInfoView(
        List<ErrorDetailView> errorDetails,
        String errorCode,
        String errorMsg,
        Map<String, String> errorParam,
        String failedTime) {

    public static final ExtraInfoView NONE = new ExtraInfoView(null, null, null, null, null);
}
