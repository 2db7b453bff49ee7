package dev.omsteps.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The example response published in the DescribeProjectSteps reference, served byte for byte with its quirks:
 * {@code "null"} strings, {@code Success: true} beside an ErrorDetail, RUNNING at 100% with a FinishTime.
 */
public final class PublishedExampleScenario implements Scenario {

    public static final String ID = "np_sim_doc_example";
    private static final String RESOURCE = "/dev/omsteps/sim/published-example.json";

    private final byte[] body;

    public PublishedExampleScenario() {
        try (InputStream in = PublishedExampleScenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String projectId() {
        return ID;
    }

    @Override
    public String summary() {
        return "the published example response, byte for byte (quirks included)";
    }

    @Override
    public ScenarioAnswer answerAt(ScenarioTime t) {
        return new ScenarioAnswer.Verbatim(body.clone());
    }
}
