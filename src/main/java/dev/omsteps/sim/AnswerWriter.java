package dev.omsteps.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.omsteps.sim.scenario.ScenarioAnswer;
import dev.omsteps.sim.scenario.StepView;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The one way the simulator writes an answer: records with camelCase components, written in the
 * flavour's key casing (the cloud's PascalCase, a self-hosted console's camelCase). Map keys
 * ({@code StepInfo}, {@code ExtraContext}) are data and stay as they are, as OMS sends them in both.
 */
final class AnswerWriter {

    private final ObjectMapper cloud = mapper(PropertyNamingStrategies.UPPER_CAMEL_CASE);
    private final ObjectMapper selfHosted = mapper(PropertyNamingStrategies.LOWER_CAMEL_CASE);

    private static ObjectMapper mapper(PropertyNamingStrategy casing) {
        return JsonMapper.builder().propertyNamingStrategy(casing)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    Reply reply(Flavour flavour, int status, Object body, String requestId) {
        try {
            byte[] bytes = (flavour == Flavour.CLOUD ? cloud : selfHosted).writeValueAsBytes(body);
            return new Reply(status, Reply.JSON, bytes, requestId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the simulator's own answer", e);
        }
    }

    /** A scenario's steps; a verbatim body's are read from its {@code Data}, as the cloud writes them. */
    List<StepView> steps(ScenarioAnswer answer) {
        if (answer instanceof ScenarioAnswer.Steps s) {
            return s.steps();
        }
        try {
            JsonNode data = cloud.readTree(((ScenarioAnswer.Verbatim) answer).body()).path("Data");
            return data.isArray() ? Arrays.asList(cloud.treeToValue(data, StepView[].class)) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException("a verbatim scenario body is not the steps' JSON", e);
        }
    }
}
