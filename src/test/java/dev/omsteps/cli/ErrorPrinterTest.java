package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omsteps.api.ApiException;
import dev.omsteps.config.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorPrinterTest {

    private final StringWriter text = new StringWriter();
    private final ErrorPrinter errors = new ErrorPrinter(new PrintWriter(text));

    @Test
    void oneLineWithWhatToDo() {
        errors.print("no such project", "check the ID");
        assertEquals("omsteps: no such project — check the ID\n", text.toString());
    }

    @Test
    void withoutAHintNoDash() {
        errors.print("stopped", null);
        assertEquals("omsteps: stopped\n", text.toString());
    }

    @Test
    void foreignControlCharactersCannotBreakTheLine() {
        errors.print("bad\nanswer\u001b[2J", "retry\r\nlater");
        assertEquals(1, text.toString().lines().count(), text.toString());
        assertEquals(-1, text.toString().indexOf('\u001b'), text.toString());
    }

    @Test
    void usageAndConfigAreExit2() {
        assertEquals(ExitCodes.USAGE, errors.report(new UsageException("bad flag", "see --help")));
        assertEquals(ExitCodes.USAGE, errors.report(new ConfigException("bad file", "fix it")));
        assertEquals("omsteps: bad flag — see --help\nomsteps: bad file — fix it\n", text.toString());
    }

    @Test
    void apiErrorsAre3AndNameTheRequest() {
        int code = errors.report(new ApiException(ApiException.Kind.NOT_FOUND, 404, "NotFound", "project np_1 not found",
                "check the ID", "REQ-1"));
        assertEquals(ExitCodes.API_ERROR, code);
        assertEquals("omsteps: project np_1 not found [request REQ-1] — check the ID\n", text.toString());
    }

    @Test
    void anythingElseIsAnInternalErrorOnOneLine() {
        assertEquals(ExitCodes.INTERNAL, errors.report(new IllegalStateException("went\n  wrong")));
        assertEquals("omsteps: internal error: IllegalStateException: went wrong — rerun with --debug and report it\n", text.toString());
    }
}
