package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepMetrics;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the table says, checked directly (the goldens pin how it looks). */
class TableContentTest {

    private static String render(String fixture, int width) {
        return String.join("\n", new TableRenderer().lines(Snapshots.load(fixture), Snapshots.options(width, false)));
    }

    private static String row(String text, String title) {
        return text.lines().filter(l -> l.contains(title)).findFirst().orElseThrow();
    }

    @Test
    void publishedExampleNeverShowsTheApisNullStrings() {
        String t = render(Snapshots.DOC_EXAMPLE, 200);
        assertFalse(t.toLowerCase().contains("null"), t);
        assertTrue(t.contains("INNER_ERROR: The ResourceDirectoryId is invalid."));
        assertTrue(t.contains("Proposal: Contact the administrator."), "trailing space stripped");
    }

    @Test
    void envelopeErrorWithSuccessTrueIsANoteNotAFailure() {
        String t = render(Snapshots.DOC_EXAMPLE, 200);
        assertTrue(t.contains("ℹ note from the API (the request succeeded):"));
        assertFalse(t.contains("FAILED"));
    }

    @Test
    void envelopeErrorWithSuccessFalseIsAnError() {
        String body = "{\"Success\": false, \"ErrorDetail\": {\"Code\": \"X\", \"Level\": \"ERROR\", \"Message\": \"broken\"}, \"Data\": []}";
        StepsSnapshot s = new ResponseParser().parseSteps("np_1", Snapshots.NOW, body.getBytes(StandardCharsets.UTF_8));
        String t = String.join("\n", new TableRenderer().lines(s, Snapshots.options(100, false)));
        assertTrue(t.contains("✗ the API reported an error:"), t);
        assertTrue(t.contains("[X ERROR] broken"), t);
        assertTrue(t.contains("(the API reported no steps)"), t);
    }

    @Test
    void runningAt100WithAFinishTimeHasAFullBarAndNoEta() {
        String r = row(render(Snapshots.DOC_EXAMPLE, 200), "Pre-check  ");
        assertTrue(r.contains("██████████ 100%"), r);
        assertFalse(r.contains("ETA"), r);
        String v = row(render("monitoring-sync", 200), "Full verification");
        assertTrue(v.contains("██████████ 100%") && !v.contains("ETA"), v);
    }

    @Test
    void placeholdersAreFilledAndUnknownNamesUseTheDescription() {
        String t = render("failed-precheck", 200);
        assertTrue(t.contains("Table orders in database shop has no primary key or unique key."), t);
        assertTrue(t.contains("Proposal: Add a primary key to shop.orders"), t);
        assertTrue(t.contains("PRECHECK_FAILED: Pre-check failed for 1 table(s)."), t);
        assertTrue(t.contains("✗ step 2 预检查 FAILED"), t);
        assertTrue(row(t, "大对象转换（实验）").contains("WAITING_RESOURCE"), "unknown status shown as it is");
        assertFalse(t.contains("{"), "no placeholder left");
    }

    @Test
    void fullMigrationDetails() {
        String r = row(render("full-migration", 200), "Full migration");
        assertTrue(r.contains("1.24B/2.00B rows"), r);
        assertTrue(r.contains("src 5.1k/s (ref 6.0k)"), "85% of the baseline is not flagged: " + r);
        assertTrue(r.contains("dst ▼4.6k/s (ref 6.0k)"), "77% of the baseline is flagged: " + r);
        assertTrue(r.contains("rt ▼3ms (ref 2ms)"), r);
        assertTrue(r.contains("11.3 MiB/s"), r);
        // 760M rows left at 4,600 rows/s (dstRps) = 165,217 s
        assertTrue(r.contains("ETA 1d21h"), r);
    }

    @Test
    void slowRateIsYellowWithColour() {
        String t = String.join("\n", new TableRenderer().lines(Snapshots.load("full-migration"), Snapshots.options(200, true)));
        assertTrue(t.contains(Style.YELLOW.apply("dst ▼4.6k/s (ref 6.0k)")), t);
        assertTrue(t.contains(Style.RED_BOLD.apply("FAILED")) || !t.contains("FAILED"));
        assertTrue(t.contains(Style.CYAN.apply("RUNNING")));
        assertTrue(t.contains(Style.GREY.apply("INIT")));
    }

    @Test
    void statusColours() {
        assertEquals(Style.GREEN, StatusLook.style(StepStatus.of("FINISHED")));
        assertEquals(Style.CYAN, StatusLook.style(StepStatus.of("RUNNING")));
        assertEquals(Style.MAGENTA, StatusLook.style(StepStatus.of("MONITORING")));
        assertEquals(Style.RED_BOLD, StatusLook.style(StepStatus.of("FAILED")));
        assertEquals(Style.YELLOW, StatusLook.style(StepStatus.of("SUSPEND")));
        assertEquals(Style.GREY, StatusLook.style(StepStatus.of("INIT")));
        assertEquals(Style.PLAIN, StatusLook.style(StepStatus.of("RELEASING")));
    }

    @Test
    void incrementalSyncShowsLagAndCheckpoint() {
        String r = row(render("monitoring-sync", 200), "Incremental sync");
        assertTrue(r.contains("─ steady ─"), r);
        assertTrue(r.contains("lag 3s (checkpoint 09:59:55 UTC)"), r);
        assertTrue(r.contains("3d02h"), r);
    }

    @Test
    void etaFromProgressWhenThereAreNoRowCounts() {
        Step st = new Step(1, "FULL_TRANSFER", null, StepStatus.of("RUNNING"), 25,
                Snapshots.NOW.minusSeconds(600), null, null, List.of(), null, null, null, null);
        StepsSnapshot s = new StepsSnapshot("np_1", Snapshots.NOW, null, true, null, List.of(st));
        String t = String.join("\n", new TableRenderer().lines(s, Snapshots.options(100, false)));
        // 600 s × (100 − 25) / 25 = 1,800 s
        assertTrue(t.contains("ETA 30m00s"), t);
    }

    @Test
    void asciiModeFallsBack() {
        String t = String.join("\n", new TableRenderer().lines(Snapshots.load("full-migration"),
                new RenderOptions(200, false, false, false, Snapshots.NOW)));
        assertTrue(t.contains("[######----]  62%"), t);
        assertTrue(t.contains("dst !4.6k/s"), t);
    }

    @Test
    void narrowTableGivesWayInTheStatedOrder() {
        String at100 = render("full-migration", 100);
        String r100 = row(at100, "Full migration");
        assertTrue(r100.endsWith("ETA 1d21h · 1.24B/2.00B rows …"), "1. details cut, whole figures kept: " + r100);
        assertTrue(r100.contains("██████░░░░  62%") && at100.contains("ELAPSED"));

        String r70 = row(render("full-migration", 70), "Full migration");
        assertTrue(r70.contains(" ████░░░░  62%") && r70.contains("1h13m") && r70.contains("ETA 1d21h"),
                "2. the bar shrinks to keep details: " + r70);

        String at60 = render("full-migration", 60);
        assertFalse(at60.contains("ELAPSED"), "3. elapsed dropped");
        assertTrue(row(at60, "Full migration").contains("████░░░  62%  ETA 1d21h"), "…and the bar grows back: " + at60);

        String at45 = render("full-migration", 45);
        assertFalse(at45.contains("DETAILS") || at45.contains("ELAPSED"), "4. details dropped: " + at45);
        assertTrue(row(at45, "Full migration").contains("███░░░  62%"), at45);

        String at36 = render("full-migration", 36);
        assertTrue(row(at36, "Full migrat").contains("  62%") && !at36.contains("░"), "the bar is gone: " + at36);
        assertTrue(at36.contains("Full verifi…"), "5. then step names are cut: " + at36);
    }

    @Test
    void metricsOfAStepThatIsNotRunningAreRowsOnly() {
        StepMetrics m = new StepMetrics(10L, 10L, 0L, null, null, 0L, null, null, 500L, 500L, null, null, null, null, null);
        Step st = new Step(1, "FULL_TRANSFER", null, StepStatus.of("FINISHED"), 100, null, null, m, List.of(), null, null, null, null);
        MetricCells c = MetricCells.of(st, Snapshots.options(100, false), true);
        assertEquals("10/10 rows", Text.join(c.cells(), " · ").plain());
    }
}
