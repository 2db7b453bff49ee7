package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.StepsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every fixture, width and mode: no line wider than the width, measured independently of
 * the renderer by JLine ({@link AttributedString#fromAnsi} strips the escape codes, then
 * {@code columnLength()} counts CJK as two), down to absurd widths of 1 and 8; never an escape
 * code with colour off, and some with colour on.
 */
class TableWidthPropertyTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String fixture : Snapshots.ALL) {
            for (int width : new int[] {1, 8, 20, 40, 60, 80, 100, 200}) {
                for (boolean wide : new boolean[] {false, true}) {
                    for (boolean unicode : new boolean[] {true, false}) {
                        out.add(Arguments.of(fixture, width, wide, unicode));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} width {1} wide {2} unicode {3}")
    @MethodSource("cases")
    void fitsAndColoursOnlyWhenAsked(String fixture, int width, boolean wide, boolean unicode) {
        StepsSnapshot s = Snapshots.load(fixture);
        for (boolean color : new boolean[] {false, true}) {
            List<String> lines = new TableRenderer().lines(s, new RenderOptions(width, color, unicode, wide, Snapshots.NOW));
            for (String line : lines) {
                int w = AttributedString.fromAnsi(line).columnLength();
                assertTrue(w <= width, () -> "line of " + w + " columns at width " + width + ": " + line);
                assertFalse(line.contains("\n"), "a line holds no line break");
            }
            String all = String.join("\n", lines);
            if (!color) {
                assertFalse(all.contains("\u001b"), "colour off gives no ESC at all");
            } else if (width >= 20) {
                // (narrower, a line can be nothing but its ellipsis, and an ellipsis is plain)
                assertTrue(all.contains("\u001b["), "colour on gives escape codes");
            }
            if (!unicode) {
                assertTrue(all.chars().filter(c -> c >= 0x2500 && c <= 0x25FF).findAny().isEmpty(),
                        "ASCII mode draws no box or block characters");
            }
        }
    }
}
