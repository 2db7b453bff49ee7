package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void safeTextIsReturnedAsItIs() {
        String s = "全量迁移 · 62% — ok";
        assertSame(s, Printable.of(s));
        assertNull(Printable.of(null));
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertEquals("a b c d", Printable.of("a\nb\tc\r\nd").replace("  ", " "));
    }

    @Test
    void escapeSequencesAndOtherControlsBecomeQuestionMarks() {
        assertEquals("?[2J?]0;title?", Printable.of("\u001b[2J\u001b]0;title\u0007"));
        assertEquals("?31m ? ?", Printable.of("\u009b31m \u007f \u0000"));
    }

    @Test
    void bidirectionalOverridesCannotReorderText() {
        assertEquals("?txt.exe?", Printable.of("\u202etxt.exe\u2069"));
    }
}
