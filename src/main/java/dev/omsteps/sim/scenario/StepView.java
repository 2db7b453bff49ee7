package dev.omsteps.sim.scenario;

import java.util.Map;

/**
 * One step as DescribeProjectSteps returns it; the flavour's writer sets the key casing (the cloud's
 * PascalCase, self-hosted camelCase), while {@code StepInfo}'s keys are camelCase in both.
 */
public record StepView(
        int order,
        String name,
        String description,
        String status,
        ExtraInfoView extraInfo,
        String startTime,
        String finishTime,
        int progress,
        Map<String, Object> stepInfo) {
}
