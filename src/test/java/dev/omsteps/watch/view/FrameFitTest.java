package dev.omsteps.watch.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameFitTest {

    private static FrameFit.Section section(String id, int lines) {
        return new FrameFit.Section(java.util.stream.IntStream.range(0, lines).mapToObj(i -> id + " " + i).toList(), id + ": summary");
    }

    @Test
    void everythingInFullWhenItFits() {
        assertEquals(List.of("a 0", "a 1", "", "b 0"), FrameFit.fit(List.of(section("a", 2), section("b", 1)), 4));
    }

    @Test
    void laterSectionsShrinkToOneLineFirst() {
        assertEquals(List.of("a 0", "a 1", "", "b: summary", "c: summary"),
                FrameFit.fit(List.of(section("a", 2), section("b", 3), section("c", 3)), 5));
    }

    @Test
    void whenNotEvenTheSummariesFitTheRestIsCounted() {
        assertEquals(List.of("a: summary", "+ 2 more projects (make the terminal taller to see them)"),
                FrameFit.fit(List.of(section("a", 2), section("b", 3), section("c", 3)), 2));
    }

    @Test
    void aSingleTallSectionIsCutWithACount() {
        assertEquals(List.of("a 0", "a 1", "+ 8 more lines (make the terminal taller to see them)"),
                FrameFit.fit(List.of(section("a", 10)), 3));
    }
}
