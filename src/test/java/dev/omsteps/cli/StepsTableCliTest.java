package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.Fixtures;
import dev.omsteps.testing.LoopbackServer;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omsteps steps ID} end to end: the real CLI, HTTP to a local server serving the published example. */
class StepsTableCliTest {

    @TempDir
    Path home;

    @LoopbackServer
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        // every request gets the fixture, so a test may run the CLI more than once
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .addHeader("Content-Type", "application/json;charset=utf-8")
                        .body(new Buffer().write(Fixtures.docExample()))
                        .build();
            }
        });
    }

    private CliRun.Result run(CliRun cli, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "steps";
        args[1] = "np_4w3a5b6c";
        args[2] = "--endpoint=" + server.url("/");
        System.arraycopy(extra, 0, args, 3, extra.length);
        return cli.run(args);
    }

    private CliRun cli() {
        return new CliRun(home).credentials("LTAI5tTestAccessKey", "test-secret");
    }

    @Test
    void printsTheTable() {
        CliRun.Result r = run(cli());
        assertEquals(0, r.exitCode(), r.stderr());
        String out = r.stdout();
        assertTrue(out.startsWith("Project np_4w3a5b6c"), out);
        assertTrue(out.contains(" #  STEP"), out);
        assertTrue(out.contains(" 1  Pre-check  RUNNING  ██████████ 100%"), out);
        assertTrue(out.contains("INNER_ERROR: The ResourceDirectoryId is invalid."), out);
        assertFalse(out.contains("\u001b"), "not a terminal: no colour in auto");
    }

    @Test
    void colourAlwaysGivesEscapeCodes() {
        assertTrue(run(cli(), "--color", "always").stdout().contains("\u001b["));
    }

    @Test
    void colourNeverGivesNone() {
        CliRun.Result r = run(cli().terminal(true).env("COLUMNS", "100"), "--color=never");
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.stdout().contains("\u001b"));
    }

    @Test
    void autoColoursATerminalUnlessNoColor() {
        assertTrue(run(cli().terminal(true).env("COLUMNS", "100")).stdout().contains("\u001b["));
        assertFalse(run(cli().terminal(true).env("COLUMNS", "100").env("NO_COLOR", "1")).stdout().contains("\u001b"));
    }

    @Test
    void colorIsAlsoAGlobalOption() {
        CliRun.Result r = cli().run("--color=always", "steps", "np_4w3a5b6c", "--endpoint=" + server.url("/"));
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("\u001b["));
    }

    @Test
    void columnsIsRespected() {
        CliRun.Result r = run(cli().env("COLUMNS", "60"), "--color", "always");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().lines().anyMatch(l -> AttributedString.fromAnsi(l).columnLength() > 50), "uses the room");
        r.stdout().lines().forEach(l -> assertTrue(AttributedString.fromAnsi(l).columnLength() <= 60, l));
        CliRun.Result narrow = run(cli().env("COLUMNS", "40"));
        narrow.stdout().lines().forEach(l -> assertTrue(AttributedString.fromAnsi(l).columnLength() <= 40, l));
        assertTrue(narrow.stdout().contains("Proposal: Contact the"), narrow.stdout());
    }

    @Test
    void wideShowsMetricColumns() {
        CliRun.Result r = run(cli().env("COLUMNS", "200"), "-o", "wide");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("ROWS") && r.stdout().contains("THROUGHPUT"), r.stdout());
    }

    @Test
    void badColourValueIsAUsageError() {
        CliRun.Result r = run(cli(), "--color", "sometimes");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.stderr().startsWith("omsteps: "), r.stderr());
    }
}
