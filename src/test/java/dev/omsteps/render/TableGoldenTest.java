package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renderings compared byte for byte with {@code src/test/resources/golden/}. After an intended
 * change of look, regenerate with {@code mvn test -Dtest=TableGoldenTest -Dgolden.update=true}
 * and review the diff; without that property any difference fails.
 */
class TableGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String fixture : Snapshots.ALL) {
            for (int width : new int[] {60, 100, 200}) {
                for (boolean color : new boolean[] {false, true}) {
                    out.add(Arguments.of(fixture, new RenderOptions(width, color, true, false, Snapshots.NOW),
                            fixture + "-" + width + (color ? "-color" : "-plain") + ".txt"));
                }
                out.add(Arguments.of(fixture, new RenderOptions(width, false, true, true, Snapshots.NOW),
                        fixture + "-" + width + "-wide.txt"));
            }
            out.add(Arguments.of(fixture, new RenderOptions(100, false, false, false, Snapshots.NOW),
                    fixture + "-100-ascii.txt"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cases")
    void matchesGolden(String fixture, RenderOptions options, String file) throws IOException {
        String actual = String.join("\n", new TableRenderer().lines(Snapshots.load(fixture), options)) + "\n";
        Path golden = GOLDEN.resolve(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), () -> "no golden file " + golden + "; generate it with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                () -> "rendering differs from " + golden + " (regenerate with -Dgolden.update=true if intended)");
    }
}
