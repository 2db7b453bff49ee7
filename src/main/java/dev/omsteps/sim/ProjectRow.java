package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.omsteps.sim.scenario.StepView;
import java.util.List;

/** One project of a ListProjects page, with its steps and the figures a console shows. */
record ProjectRow(
        String id,
        String name,
        String type,
        String status,
        String owner,
        String importance,
        String gmtCreate,
        String gmtModified,
        String sourceEndpointType,
        String sinkEndpointType,
        List<String> labels,
        List<StepView> steps,
        ExtraInfo extraInfo) {

    /**
     * The running step, its progress and the sync delay ({@code null} when nothing syncs); the delay's
     * sample and checkpoint times only when there is a delay.
     */
    record ExtraInfo(
            String runningStep,
            Integer runningProgress,
            Long syncDelay,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long syncDelaySampleTimestamp,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long incrSyncTimestamp) {
    }
}
