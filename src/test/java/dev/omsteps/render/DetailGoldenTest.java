package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification table, components block, facts line and metric chart compared byte for byte
 * with {@code src/test/resources/golden/}; regenerate with {@code -Dgolden.update=true} and review.
 */
class DetailGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static RenderOptions options(int width, boolean color, boolean unicode) {
        return new RenderOptions(width, color, unicode, false, DetailFixtures.NOW);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int width : new int[] {60, 100, 200}) {
            for (boolean color : new boolean[] {false, true}) {
                String suffix = width + (color ? "-color" : "-plain");
                out.add(Arguments.of("verify-differences-" + suffix, options(width, color, true),
                        (Function<RenderOptions, List<String>>) o -> new VerificationRenderer().lines(DetailFixtures.verification(), o)));
                out.add(Arguments.of("components-stalled-" + suffix, options(width, color, true),
                        (Function<RenderOptions, List<String>>) o -> new ComponentsRenderer().lines(
                                "Components of Incremental sync", DetailFixtures.stalledSync(), o)));
                out.add(Arguments.of("facts-alarm-" + suffix, options(width, color, true),
                        (Function<RenderOptions, List<String>>) o -> List.of(FactsLine.of(DetailFixtures.alarmingFacts(), o))));
            }
        }
        out.add(Arguments.of("verify-consistent-100-plain", options(100, false, true),
                (Function<RenderOptions, List<String>>) o -> new VerificationRenderer().lines(DetailFixtures.clean(), o)));
        out.add(Arguments.of("verify-differences-100-ascii", options(100, false, false),
                (Function<RenderOptions, List<String>>) o -> new VerificationRenderer().lines(DetailFixtures.verification(), o)));
        out.add(Arguments.of("components-published-100-plain", new RenderOptions(100, false, true, false,
                        DetailFixtures.publishedComponents().fetchedAt()),
                (Function<RenderOptions, List<String>>) o -> new ComponentsRenderer().lines(
                        "Components", DetailFixtures.publishedComponents().components(), o)));
        out.add(Arguments.of("facts-published-100-plain", options(100, false, true),
                (Function<RenderOptions, List<String>>) o -> List.of(FactsLine.of(DetailFixtures.facts(), o))));
        for (int width : new int[] {40, 80, 120}) {
            out.add(Arguments.of("chart-lag-" + width + "-plain", options(width, false, true),
                    (Function<RenderOptions, List<String>>) o -> new MetricChart().lines(DetailFixtures.lag(), o, 8)));
        }
        out.add(Arguments.of("chart-lag-80-ascii", options(80, false, false),
                (Function<RenderOptions, List<String>>) o -> new MetricChart().lines(DetailFixtures.lag(), o, 8)));
        out.add(Arguments.of("metrics-lag-csv", options(80, false, true),
                (Function<RenderOptions, List<String>>) o -> new MetricExport().csv(DetailFixtures.lag())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(String name, RenderOptions options, Function<RenderOptions, List<String>> render) throws IOException {
        String actual = String.join("\n", render.apply(options)) + "\n";
        Path golden = GOLDEN.resolve(name + ".txt");
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
