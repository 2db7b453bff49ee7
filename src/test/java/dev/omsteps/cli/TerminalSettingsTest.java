package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.cli.TerminalSettings.ColorMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TerminalSettingsTest {

    private static final Supplier<TerminalSize> NO_TTY_WIDTH = () -> {
        throw new AssertionError("the terminal must not be asked");
    };

    private static TerminalSettings resolve(Map<String, String> env, boolean tty, ColorMode mode) {
        return TerminalSettings.resolve(env, tty, StandardCharsets.UTF_8, () -> new TerminalSize(132, 40), mode);
    }

    @Test
    void widthFromColumnsThenTerminalThenDefault() {
        assertEquals(60, resolve(Map.of("COLUMNS", "60"), true, ColorMode.AUTO).width());
        assertEquals(132, resolve(Map.of(), true, ColorMode.AUTO).width());
        assertEquals(100, TerminalSettings.resolve(Map.of(), false, StandardCharsets.UTF_8, NO_TTY_WIDTH, ColorMode.AUTO).width(), "a pipe");
        assertEquals(100, TerminalSettings.resolve(Map.of(), true, StandardCharsets.UTF_8, () -> TerminalSize.UNKNOWN, ColorMode.AUTO).width(), "a terminal that will not say");
        assertEquals(132, resolve(Map.of("COLUMNS", "wide"), true, ColorMode.AUTO).width(), "junk COLUMNS ignored");
    }

    @Test
    void heightFromTheTerminalOnlyAndZeroWhenUnknown() {
        assertEquals(40, resolve(Map.of("COLUMNS", "60", "LINES", "10"), true, ColorMode.AUTO).height());
        assertEquals(0, TerminalSettings.resolve(Map.of(), false, StandardCharsets.UTF_8, NO_TTY_WIDTH, ColorMode.AUTO).height(), "a pipe");
        assertEquals(0, TerminalSettings.resolve(Map.of(), true, StandardCharsets.UTF_8, () -> TerminalSize.UNKNOWN, ColorMode.AUTO).height());
    }

    @Test
    void colourAutoOnlyOnATerminalWithoutNoColor() {
        assertTrue(resolve(Map.of(), true, ColorMode.AUTO).color());
        assertFalse(resolve(Map.of(), false, ColorMode.AUTO).color());
        assertFalse(resolve(Map.of("NO_COLOR", "1"), true, ColorMode.AUTO).color());
        assertTrue(resolve(Map.of("NO_COLOR", ""), true, ColorMode.AUTO).color(), "an empty NO_COLOR does not count");
        assertFalse(resolve(Map.of("TERM", "dumb"), true, ColorMode.AUTO).color());
    }

    @Test
    void colourFlagWins() {
        assertTrue(resolve(Map.of("NO_COLOR", "1"), false, ColorMode.ALWAYS).color());
        assertFalse(resolve(Map.of(), true, ColorMode.NEVER).color());
    }

    @Test
    void asciiWhenTheCharsetCannotEncodeBlocks() {
        assertTrue(resolve(Map.of(), true, ColorMode.AUTO).unicode());
        assertFalse(TerminalSettings.resolve(Map.of(), true, StandardCharsets.US_ASCII, () -> new TerminalSize(80, 24), ColorMode.AUTO).unicode());
        assertFalse(TerminalSettings.resolve(Map.of(), true, Charset.forName("ISO-8859-1"), () -> new TerminalSize(80, 24), ColorMode.AUTO).unicode());
    }

    @Test
    void theConsoleCharsetDecidesForATerminal() {
        UserConsole ascii = new UserConsole() {
            @Override
            public char[] readPassword(String prompt) {
                return null;
            }

            @Override
            public Charset charset() {
                return StandardCharsets.US_ASCII;
            }
        };
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.OutputStream.nullOutputStream());
        CliContext onTerminal = new CliContext(Map.of("COLUMNS", "80"), java.nio.file.Path.of("."), java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream(), sink, sink, java.time.Clock.systemUTC(), d -> { }, true, ascii);
        assertFalse(TerminalSettings.detect(onTerminal, ColorMode.NEVER).unicode(), "an ASCII terminal gets ASCII bars");
        CliContext piped = new CliContext(Map.of("COLUMNS", "80"), java.nio.file.Path.of("."), java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream(), sink, sink, java.time.Clock.systemUTC(), d -> { }, false, ascii);
        assertTrue(TerminalSettings.detect(piped, ColorMode.NEVER).unicode(), "a pipe is written as UTF-8 whatever the terminal");
    }
}
