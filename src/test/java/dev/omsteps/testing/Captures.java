package dev.omsteps.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers captured from real OMS and examples Alibaba Cloud publishes, kept under {@code src/test/resources/captures}
 * (each file's source is named in the README there).
 */
public final class Captures {

    private Captures() {
    }

    public static String text(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        return text(name).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * ODC's {@code project_step.json} holds the {@code data} of a self-hosted DescribeProjectSteps answer; this is
     * the whole answer as OMS sends it, in the camelCase envelope ODC's client reads.
     */
    public static String odcStepsAnswer() {
        return "{\"success\":true,\"errorDetail\":null,\"code\":null,\"message\":null,\"requestId\":\"r-odc\","
                + "\"cost\":\"13 ms\",\"data\":" + text("odc-project-step.json") + "}";
    }

    /** The checkpoint of the incremental sync in {@code odc-project-step.json} (Unix seconds). */
    public static final long ODC_CHECKPOINT = 1685796846L;

    /** The checkpoint of the incremental sync in {@code odc-list-projects.json} (Unix seconds). */
    public static final long ODC_LIST_CHECKPOINT = 1726642901L;
}
