package dev.omsteps.sim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** OMS's {@code ErrorDetail}: {@code Message} may hold {@code {placeholders}} that {@code ExtraContext} fills. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetailView(
        String code,
        String level,
        String message,
        Map<String, String> extraContext,
        String reason,
        String proposal) {
}
