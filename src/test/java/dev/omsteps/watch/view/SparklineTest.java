package dev.omsteps.watch.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void fivePercentJitterDrawsAsTheFlatTopItIs() {
        String s = Sparkline.of(List.of(5000L, 5250L, 4750L, 5100L, 4900L), true);
        assertEquals("██▇██", s, "no level below the seventh for ±5%");
    }

    @Test
    void aStallReachesTheBottom() {
        assertEquals("██▁", Sparkline.of(List.of(5000L, 5000L, 0L), true));
        assertEquals("##_", Sparkline.of(List.of(5000L, 5000L, 0L), false));
    }

    @Test
    void allZeroIsTheBottomLine() {
        assertEquals("▁▁", Sparkline.of(List.of(0L, 0L), true));
    }
}
