package dev.omsteps.watch.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.TrendTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The redrawn view on a virtual terminal: a frame never scrolls (nothing lands in the history), no line
 * is wider than the screen, nothing is cleared from the top, a resize redraws at once to the new size, and
 * the last frame says how the watch ended. Frames are compared with goldens.
 */
class LiveViewTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "live");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final StringWriter written = new StringWriter();
    private int read;
    private final AtomicReference<ScreenSize> size = new AtomicReference<>();

    /** What the view wrote since the last call. */
    private String news() {
        String all = written.toString();
        String out = all.substring(read);
        read = all.length();
        return out;
    }

    static StepsSnapshot copying(String id, Instant at, long processed, long rps) {
        String body = "{\"Success\":true,\"Data\":["
                + "{\"Order\":1,\"Name\":\"PRE_CHECK\",\"Status\":\"FINISHED\",\"Progress\":100,\"StartTime\":\"2026-11-25T08:45:00\",\"FinishTime\":\"2026-11-25T08:45:12\"},"
                + "{\"Order\":2,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":" + (processed * 100 / 1_000_000_000L)
                + ",\"StartTime\":\"2026-11-25T08:46:00\",\"StepInfo\":{\"processedRecords\":" + processed
                + ",\"capacity\":1000000000,\"srcRps\":" + rps + ",\"dstRps\":" + rps + "}},"
                + "{\"Order\":3,\"Name\":\"INCR_TRANSFER\",\"Status\":\"INIT\",\"Progress\":0}]}";
        return new ResponseParser().parseSteps(id, at, body.getBytes(StandardCharsets.UTF_8));
    }

    static StepsSnapshot copied(String id, Instant at) {
        String body = "{\"Success\":true,\"Data\":["
                + "{\"Order\":1,\"Name\":\"PRE_CHECK\",\"Status\":\"FINISHED\",\"Progress\":100,\"StartTime\":\"2026-11-25T08:45:00\",\"FinishTime\":\"2026-11-25T08:45:12\"},"
                + "{\"Order\":2,\"Name\":\"FULL_TRANSFER\",\"Status\":\"FINISHED\",\"Progress\":100,\"StartTime\":\"2026-11-25T08:46:00\","
                + "\"FinishTime\":\"2026-11-25T10:00:00\",\"StepInfo\":{\"processedRecords\":1000000000,\"capacity\":1000000000}},"
                + "{\"Order\":3,\"Name\":\"INCR_TRANSFER\",\"Status\":\"RUNNING\",\"Progress\":0}]}";
        return new ResponseParser().parseSteps(id, at, body.getBytes(StandardCharsets.UTF_8));
    }

    private TerminalView view(List<String> ids) {
        TableRenderer table = new TableRenderer();
        return new TerminalView(new PrintWriter(written, true),
                (s, w) -> table.lines(s, new RenderOptions(w, false, true, false, s.fetchedAt())),
                size::get, 100, true, ZoneOffset.UTC, ids);
    }

    /** Five polls of each project, copying at 5,000 rows/s give or take 5%. */
    private void poll(TerminalView v, List<String> ids, VirtualTerminal vt) {
        Map<String, TrendTracker> trends = new java.util.HashMap<>();
        long[] rps = {5000, 5250, 4750, 5100, 4900};
        for (int i = 0; i < rps.length; i++) {
            for (String id : ids) {
                StepsSnapshot s = copying(id, T0.plusSeconds(5L * i), 600_000_000L + 25_000L * i, rps[i]);
                TrendTracker t = trends.computeIfAbsent(id, x -> new TrendTracker(TrendTracker.DEFAULT_WINDOW));
                t.add(s);
                v.onSnapshot(id, s, List.of(), t);
                vt.write(news());
            }
            v.onWaiting(T0.plusSeconds(5L * i), T0.plusSeconds(5L * i + 5));
            vt.write(news());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"40,8", "40,24", "80,6", "80,12", "80,24", "120,10", "120,40"})
    void framesFitTheScreenAndNeverScrollNorClearFromTheTop(int cols, int rows) throws IOException {
        List<String> ids = List.of("np_a", "np_b", "np_c");
        size.set(new ScreenSize(cols, rows));
        VirtualTerminal vt = new VirtualTerminal(cols, rows);
        TerminalView v = view(ids);
        poll(v, ids, vt);
        v.onDone(Outcome.DONE, Map.of(), T0.plusSeconds(30));
        vt.write(news());
        assertEquals(0, vt.scrolledOff, "nothing went into the history");
        assertEquals(0, vt.clearsFromTop, "never cleared from the top of the screen (tmux would keep a copy)");
        List<String> screen = vt.lines();
        assertTrue(screen.size() <= rows - 1, screen.size() + " lines on " + rows + " rows");
        assertTrue(screen.get(screen.size() - 1).contains("watch ended: done (exit 0)") || cols < 40,
                screen.get(screen.size() - 1));
        golden("terminal-" + cols + "x" + rows + ".txt", screen);
    }

    @Test
    void aResizeRedrawsAtOnceToTheNewSize() {
        List<String> ids = List.of("np_a", "np_b");
        size.set(new ScreenSize(120, 40));
        TerminalView v = view(ids);
        poll(v, ids, new VirtualTerminal(120, 40));
        size.set(new ScreenSize(40, 10));
        v.resized();
        String redraw = news();
        assertFalse(redraw.isEmpty(), "redrawn at once");
        VirtualTerminal small = new VirtualTerminal(40, 10);
        small.write(redraw);
        assertEquals(0, small.scrolledOff);
        assertTrue(small.lines().size() <= 9, String.join("\n", small.lines()));
        assertTrue(small.lines().stream().anyMatch(l -> l.startsWith("np_b: ")), "a project that does not fit is one line: " + small.lines());
    }

    @Test
    void ctrlCLeavesAFrameThatSaysSoAndOnlyOnce() {
        size.set(new ScreenSize(80, 24));
        TerminalView v = view(List.of("np_a"));
        VirtualTerminal vt = new VirtualTerminal(80, 24);
        poll(v, List.of("np_a"), vt);
        v.interrupted();
        v.onDone(Outcome.DONE, Map.of(), T0);
        vt.write(news());
        String status = vt.lines().get(vt.lines().size() - 1);
        assertTrue(status.contains("watch ended: interrupted (exit 130)"), status);
        assertFalse(status.contains("next poll"), status);
        assertTrue(written.toString().endsWith(LiveScreen.SHOW_CURSOR), "the cursor is shown again");
    }

    @Test
    void noTrendLineIsLeftFromAFinishedCopyStep() {
        size.set(new ScreenSize(100, 40));
        TerminalView v = view(List.of("np_a"));
        TrendTracker t = new TrendTracker(TrendTracker.DEFAULT_WINDOW);
        for (int i = 0; i < 3; i++) {
            StepsSnapshot s = copying("np_a", T0.plusSeconds(5L * i), 600_000_000L + 25_000L * i, 5000);
            t.add(s);
            v.onSnapshot("np_a", s, List.of(), t);
        }
        assertTrue(news().contains("rows/s"), "while copying");
        StepsSnapshot done = copied("np_a", T0.plusSeconds(20));
        t.add(done);
        v.onSnapshot("np_a", done, List.of(), t);
        VirtualTerminal vt = new VirtualTerminal(100, 40);
        vt.write(news());
        assertTrue(vt.lines().stream().noneMatch(l -> l.contains("rows/s")), String.join("\n", vt.lines()));
    }

    @Test
    void theLagTrendSaysTheLagTheTableSays() {
        size.set(new ScreenSize(100, 40));
        TerminalView v = view(List.of("np_a"));
        TrendTracker t = new TrendTracker(10);
        // OMS sampled the checkpoint 2 s before the fetch, and the checkpoint is 14 s behind it
        for (Instant at : List.of(T0.minusSeconds(5), T0)) {
            String body = "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"INCR_TRANSFER\",\"Status\":\"MONITORING\",\"Progress\":100,"
                    + "\"StepInfo\":{\"incrTimestampCheckpoint\":" + (at.getEpochSecond() - 14) + ",\"checkpointSampleTimestamp\":"
                    + (at.getEpochSecond() - 2) + "}}]}";
            StepsSnapshot s = new ResponseParser().parseSteps("np_a", at, body.getBytes(StandardCharsets.UTF_8));
            t.add(s);
            v.onSnapshot("np_a", s, List.of(), t);
        }
        VirtualTerminal vt = new VirtualTerminal(100, 40);
        vt.write(news());
        String screen = String.join("\n", vt.lines());
        assertTrue(screen.contains("lag 14s"), screen);
        assertTrue(vt.lines().stream().anyMatch(l -> l.startsWith(" lag ") && l.endsWith("now 14s")), screen);
    }

    @Test
    void theTrendLineShowsNoSecondEta() {
        size.set(new ScreenSize(120, 40));
        TerminalView v = view(List.of("np_a"));
        VirtualTerminal vt = new VirtualTerminal(120, 40);
        poll(v, List.of("np_a"), vt);
        List<String> etas = vt.lines().stream().filter(l -> l.contains("ETA ")).toList();
        assertEquals(1, etas.size(), "one ETA for the copy step, the table's: " + etas);
    }

    @Test
    void aFailedStepsErrorIsShownOnce() {
        size.set(new ScreenSize(100, 40));
        TerminalView v = view(List.of("np_a"));
        String body = "{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"FAILED\",\"Progress\":40,"
                + "\"ExtraInfo\":{\"ErrorDetails\":[{\"Code\":\"OMS-CONNECTOR-0042\",\"Level\":\"ERROR\",\"Message\":\"table t1 is gone\"}]}}]}";
        StepsSnapshot s = new ResponseParser().parseSteps("np_a", T0, body.getBytes(StandardCharsets.UTF_8));
        TrendTracker t = new TrendTracker(10);
        t.add(s);
        v.onSnapshot("np_a", s, List.of(), t);
        v.onProjectDone("np_a", Outcome.FAILED, "step 1 FAILED", T0);
        v.onDone(Outcome.FAILED, Map.of(), T0);
        VirtualTerminal vt = new VirtualTerminal(100, 40);
        vt.write(news());
        long said = vt.lines().stream().filter(l -> l.contains("table t1 is gone")).count();
        assertEquals(1, said, String.join("\n", vt.lines()));
    }

    @Test
    void theDashboardKeepsItsMostUrgentLinesAndCountsTheRest() {
        size.set(new ScreenSize(60, 8));
        DashboardView v = new DashboardView(new PrintWriter(written, true),
                (projects, w) -> java.util.stream.IntStream.range(0, 30).mapToObj(i -> "line " + i).toList(),
                size::get, 60, true, ZoneId.of("UTC"));
        v.onProjects(List.of(), T0);
        VirtualTerminal vt = new VirtualTerminal(60, 8);
        vt.write(news());
        List<String> screen = vt.lines();
        assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4"), screen.subList(0, 5));
        assertTrue(screen.get(5).startsWith("+ 25 more, less urgent"), screen.get(5));
        assertTrue(screen.get(6).startsWith("polled 10:00:00 UTC"), screen.get(6));
    }

    @Test
    void aContextThatGaveUpStaysMarkedUnderTheCountLine() {
        size.set(new ScreenSize(120, 12));
        DashboardView v = new DashboardView(new PrintWriter(written, true),
                (projects, w) -> List.of("2 projects", "prod/np_a  RUNNING", "onprem/np_b  RUNNING"),
                size::get, 120, true, ZoneId.of("UTC"));
        v.onProjects(List.of(), T0);
        v.onContextGaveUp("onprem", new dev.omsteps.api.ApiException(dev.omsteps.api.ApiException.Kind.AUTH, 401,
                "InvalidAccessKeyId.NotFound", "Specified access key is not found.", null, null), T0);
        v.onProjects(List.of(), T0.plusSeconds(10)); // the other context polled on: the mark stays
        VirtualTerminal vt = new VirtualTerminal(120, 12);
        vt.write(news());
        List<String> screen = vt.lines();
        assertEquals("2 projects", screen.get(0));
        assertEquals("context onprem gave up (its projects as last listed): Specified access key is not found.", screen.get(1));
        assertEquals("prod/np_a  RUNNING", screen.get(2));
    }

    private static void golden(String name, List<String> lines) throws IOException {
        Path file = GOLDEN.resolve(name);
        String text = String.join("\n", lines) + "\n";
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text);
        }
        assertEquals(Files.readString(file), text, "frame differs from " + file + " (regenerate with -Dgolden.update=true if intended)");
    }
}
