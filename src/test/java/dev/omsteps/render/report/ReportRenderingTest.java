package dev.omsteps.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.model.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report renderers on a fixed report: Markdown compared byte for byte with
 * {@code src/test/resources/golden/report-hostile.md} (regenerate with {@code -Dgolden.update=true}
 * and review), and the hostile table name and message inert in every format.
 */
class ReportRenderingTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report-hostile.md");

    private final Report report = ReportFixtures.report();

    @Test
    void markdownMatchesItsGolden() throws Exception {
        String md = new ReportMarkdown().render(report);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), md);
    }

    @Test
    void verdictComesFirstAndNamesTheDifferingTable() {
        String md = new ReportMarkdown().render(report);
        String verdictLine = md.lines().skip(2).findFirst().orElseThrow();
        assertTrue(verdictLine.startsWith("**⛔ NOT READY: full verification: 1 table with differences or errors"), verdictLine);
        assertTrue(md.indexOf("INCONSISTENT") < md.indexOf("| shop.coupons |"), "differing tables first");
    }

    @Test
    void hostileTextIsInertInMarkdown() {
        String md = new ReportMarkdown().render(report);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("[x](http"), "no link is formed");
        assertTrue(md.contains("&lt;img src=x onerror=alert\\(1\\)&gt;".replace("\\(", "(").replace("\\)", ")")), md);
        // every row of the verification table still has its 10 cells: no pipe from the name splits one
        md.lines().filter(l -> l.startsWith("| shop.")).forEach(l ->
                assertEquals(11, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l));
    }

    @Test
    void hostileTextIsInertInHtml() {
        String html = new ReportHtml().render(report);
        assertFalse(html.contains("<img"), "the table name makes no element");
        assertFalse(html.contains("<script"), "nothing makes a script");
        assertFalse(html.contains("<b>"), "an error message makes no element");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;|[x](http://evil.example)"), "shown as text");
        assertTrue(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("default-src 'none'"), "the page may fetch nothing");
    }

    @Test
    void htmlDrawsTheTimelineAndTheChartsWithBaselines() {
        String html = new ReportHtml().render(report);
        assertEquals(5, count(html, "<rect class=\"bar "), "a bar for each started step");
        assertEquals(3, count(html, "<polyline class=\"series\""), "lag, incremental and full rows per second");
        assertEquals(3, count(html, "<line class=\"baseline\""), "the lag limit and two reference rates");
        assertTrue(html.contains("lagging threshold 25s"), html);
        assertTrue(html.contains("@media (prefers-color-scheme: dark)") && html.contains("@media print"));
    }

    @Test
    void jsonCarriesTheVerdictAndEveryPart() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(new ReportJson().document(report)));
        assertFalse(doc.path("verdict").path("ready").asBoolean());
        assertEquals(1, doc.path("verdict").path("blockers").size(), doc.toString());
        assertEquals("2026-11-25T10:00:00Z", doc.path("generatedAt").asText());
        assertEquals(5, doc.path("lagSeconds").asInt());
        assertEquals(HOSTILE, doc.path("verification").path("tables").get(0).path("sourceTable").asText());
        assertEquals(3, doc.path("charts").size());
        assertEquals(1, doc.path("gaps").size());
    }

    private static final String HOSTILE = ReportFixtures.HOSTILE_TABLE;

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
