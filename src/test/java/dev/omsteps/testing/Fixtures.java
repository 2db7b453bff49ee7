package dev.omsteps.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test data carried by the project under {@code src/test/resources/fixtures} (sources in its README). */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        String resource = "/fixtures/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from src/test/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example response of the DescribeProjectSteps reference. */
    public static byte[] docExample() {
        return bytes("describe-project-steps-example.json");
    }
}
