package dev.omsteps.render;

import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The snapshots the table is tested on, parsed the way the CLI parses them, on a fixed clock. */
final class Snapshots {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final String DOC_EXAMPLE = "doc-example";
    /** The published example and the hand-made ones under {@code src/test/resources/snapshots/}. */
    static final List<String> ALL = List.of(DOC_EXAMPLE, "full-migration", "failed-precheck", "monitoring-sync");

    private Snapshots() {
    }

    static byte[] bytes(String name) {
        if (name.equals(DOC_EXAMPLE)) {
            return Fixtures.docExample();
        }
        try (InputStream in = Snapshots.class.getResourceAsStream("/snapshots/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no snapshot fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StepsSnapshot load(String name) {
        return new ResponseParser().parseSteps("np_4w3a5b6c", NOW, bytes(name));
    }

    static RenderOptions options(int width, boolean color) {
        return new RenderOptions(width, color, true, false, NOW);
    }
}
