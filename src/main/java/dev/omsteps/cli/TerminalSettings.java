package dev.omsteps.cli;

import dev.omsteps.render.RenderOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * What the output can take: width in columns, colour, and whether its charset can encode the
 * table's block characters. Finding out is I/O (environment, terminal size), so it happens here
 * and the renderer is handed plain values.
 *
 * <ul>
 *   <li>width: {@code COLUMNS} when set to a positive number, else the terminal's width, else
 *       {@value #DEFAULT_WIDTH} (pipes, files, a terminal that will not say);</li>
 *   <li>colour: {@code always} / {@code never} as asked; {@code auto} colours only a terminal,
 *       and not when {@code NO_COLOR} is set (to anything but the empty string) or {@code TERM=dumb};</li>
 *   <li>unicode: when the output charset can encode the bar characters, else ASCII bars.</li>
 * </ul>
 */
public record TerminalSettings(int width, boolean color, boolean unicode) {

    public static final int DEFAULT_WIDTH = 100;

    /** Values of {@code --color}. */
    public enum ColorMode {
        AUTO, ALWAYS, NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Detects the settings of the real output described by {@code ctx}. */
    public static TerminalSettings detect(CliContext ctx, ColorMode mode) {
        // the same charset CliContext.system() writes stdout with
        Charset cs = ctx.stdoutIsTerminal() ? ctx.console().charset() : StandardCharsets.UTF_8;
        return resolve(ctx.env(), ctx.stdoutIsTerminal(), cs, TerminalSettings::terminalWidth, mode);
    }

    /** The decision itself, from values; {@code terminalWidth} is asked only for a terminal without {@code COLUMNS}. */
    static TerminalSettings resolve(Map<String, String> env, boolean tty, Charset charset,
                                    IntSupplier terminalWidth, ColorMode mode) {
        int width = columnsEnv(env);
        if (width <= 0 && tty) {
            width = terminalWidth.getAsInt();
        }
        if (width <= 0) {
            width = DEFAULT_WIDTH;
        }
        boolean color = switch (mode == null ? ColorMode.AUTO : mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> tty && isBlank(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
        boolean unicode = charset.newEncoder().canEncode("█░…·▼✗ℹ─");
        return new TerminalSettings(width, color, unicode);
    }

    public RenderOptions renderOptions(boolean wide, Instant now) {
        return new RenderOptions(width, color, unicode, wide, now);
    }

    private static int columnsEnv(Map<String, String> env) {
        String v = env.get("COLUMNS");
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    /** The terminal's own width, 0 when it cannot be had (no terminal provider, not a tty after all). */
    private static int terminalWidth() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth();
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }
}
