package dev.omsteps.cli;

import dev.omsteps.render.RenderOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the output can take: width in columns, height in rows, colour, and whether its charset can encode the
 * table's block characters. Finding out is I/O (environment, terminal size), so it happens here
 * and the renderer is handed plain values.
 *
 * <ul>
 *   <li>width: {@code COLUMNS} when set to a positive number, else the terminal's width, else
 *       {@value #DEFAULT_WIDTH} (pipes, files, a terminal that will not say);</li>
 *   <li>height: the terminal's rows, 0 when unknown (a pipe, a terminal that will not say);</li>
 *   <li>colour: {@code always} / {@code never} as asked; {@code auto} colours only a terminal,
 *       and not when {@code NO_COLOR} is set (to anything but the empty string) or {@code TERM=dumb};</li>
 *   <li>unicode: when the output charset can encode the bar characters, else ASCII bars.</li>
 * </ul>
 */
public record TerminalSettings(int width, int height, boolean color, boolean unicode) {

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
        return resolve(ctx.env(), ctx.stdoutIsTerminal(), cs, TerminalSize::ofStdout, mode);
    }

    /** The decision itself, from values; {@code terminalSize} is asked only for a terminal. */
    static TerminalSettings resolve(Map<String, String> env, boolean tty, Charset charset,
                                    Supplier<TerminalSize> terminalSize, ColorMode mode) {
        TerminalSize size = tty ? terminalSize.get() : TerminalSize.UNKNOWN;
        int width = columnsEnv(env);
        if (width <= 0) {
            width = size.columns();
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
        return new TerminalSettings(width, size.rows(), color, unicode);
    }

    /** The zone is asked for here so that no command can forget it: local by default, UTC with {@code --utc}. */
    public RenderOptions renderOptions(boolean wide, Instant now, java.time.ZoneId zone) {
        return new RenderOptions(width, color, unicode, wide, now).withZone(zone);
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
}
