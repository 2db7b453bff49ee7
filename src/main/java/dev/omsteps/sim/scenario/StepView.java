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

    /** The same step at another place in the list. */
    StepView withOrder(int newOrder) {
        return new StepView(newOrder, name, description, status, extraInfo, startTime, finishTime, progress, stepInfo);
    }
}
