package dev.omsteps.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The terminal the user sits at: where a password is asked without echo, and the charset it
 * shows. Injected through {@link CliContext} so that the prompt path runs in tests too.
 */
public interface UserConsole {

    /** What the user typed, not echoed; null when there is no terminal to ask on or input ended. */
    char[] readPassword(String prompt);

    /** The charset the terminal displays. */
    Charset charset();

    /** No terminal (a pipe, a build step, a test): nothing can be asked, output is UTF-8. */
    UserConsole NONE = new UserConsole() {
        @Override
        public char[] readPassword(String prompt) {
            return null;
        }

        @Override
        public Charset charset() {
            return StandardCharsets.UTF_8;
        }
    };

    /** The process's console, or {@link #NONE} when it has none. */
    static UserConsole system() {
        java.io.Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new UserConsole() {
            @Override
            public char[] readPassword(String prompt) {
                // the prompt is text, never a format string
                return console.readPassword("%s", prompt);
            }

            @Override
            public Charset charset() {
                return console.charset();
            }
        };
    }
}
