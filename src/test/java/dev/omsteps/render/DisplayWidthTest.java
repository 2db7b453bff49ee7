package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void cjkCountsTwo() {
        assertEquals(6, DisplayWidth.of("预检查"));
        assertEquals(9, DisplayWidth.of("Pre-check"));
        assertEquals(1, DisplayWidth.of("e\u0301"), "a combining accent takes no column");
    }

    @Test
    void truncateNeverSplitsAWideCharacter() {
        assertEquals("预…", DisplayWidth.truncate("预检查", 4, "…"));
        assertEquals("预检…", DisplayWidth.truncate("预检查", 5, "…"));
        assertEquals("预检查", DisplayWidth.truncate("预检查", 6, "…"));
        assertEquals("Full…", DisplayWidth.truncate("Full migration", 5, "…"));
    }

    @Test
    void wrapKeepsEveryWordAndTheWidth() {
        List<String> lines = DisplayWidth.wrap("Table orders in database shop has no primary key", 20, "   ", "     ");
        assertEquals("   Table orders in", lines.get(0));
        assertTrue(lines.stream().allMatch(l -> DisplayWidth.of(l) <= 20));
        assertEquals("Table orders in database shop has no primary key",
                String.join(" ", lines.stream().map(String::strip).toList()));
    }

    @Test
    void wrapBreaksAWordLongerThanALine() {
        List<String> lines = DisplayWidth.wrap("数据库连通性检查失败请重试", 10, "", "");
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().allMatch(l -> DisplayWidth.of(l) <= 10));
        assertEquals("数据库连通性检查失败请重试", String.join("", lines));
    }
}
