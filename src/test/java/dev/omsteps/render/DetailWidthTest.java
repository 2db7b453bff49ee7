package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.MetricPoint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No detail rendering is wider than it is allowed to be; the chart's columns; the JSON documents. */
class DetailWidthTest {

    @Test
    void everyLineFitsEveryWidth() {
        for (int width = 20; width <= 200; width += 7) {
            for (boolean unicode : new boolean[] {true, false}) {
                RenderOptions o = new RenderOptions(width, false, unicode, false, DetailFixtures.NOW);
                check(width, new VerificationRenderer().lines(DetailFixtures.verification(), o));
                check(width, new ComponentsRenderer().lines("Components", DetailFixtures.stalledSync(), o));
                check(width, List.of(FactsLine.of(DetailFixtures.alarmingFacts(), o)));
                check(width, new MetricChart().lines(DetailFixtures.lag(), o, 6));
            }
        }
    }

    @Test
    void theChartsTimesAreInTheUsersZoneWithTheDateWhenTheDayDiffers() {
        RenderOptions shanghai = new RenderOptions(100, false, true, false, DetailFixtures.NOW)
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        List<String> lines = new MetricChart().lines(DetailFixtures.lag(), shanghai, 6);
        assertTrue(lines.get(0).contains("12:00 to 18:00 CST"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).strip().endsWith("18:00"), lines.get(lines.size() - 1));
        RenderOptions losAngeles = shanghai.withZone(java.time.ZoneId.of("America/Los_Angeles"));
        String title = new MetricChart().lines(DetailFixtures.lag(), losAngeles, 6).get(0);
        assertTrue(title.contains("11-24 20:00 to 02:00 PST"), title);
    }

    private static void check(int width, List<String> lines) {
        for (String l : lines) {
            assertTrue(DisplayWidth.of(l) <= width, () -> "wider than " + width + ": " + l);
        }
    }

    @Test
    void chartColumnsKeepTheHighestValueAndBridgeOneMissingSample() {
        Instant b = Instant.parse("2026-01-01T00:00:00Z");
        List<MetricPoint> pts = List.of(new MetricPoint(b, 1), new MetricPoint(b.plusSeconds(10), 5),
                new MetricPoint(b.plusSeconds(40), 2), new MetricPoint(b.plusSeconds(99), 7));
        // 10 columns of 10 s: 0..9 s → col 0 holds 1; 10 s → col 1; col 2..3 empty (two missing), 40 s → col 4, 99 s → col 9
        assertArrayEquals(new Double[] {1.0, 5.0, null, null, 2.0, null, null, null, null, 7.0},
                MetricChart.columns(pts, b, b.plusSeconds(100), 10));
        assertArrayEquals(new Double[] {1.0, 1.0, 3.0}, MetricChart.columns(List.of(new MetricPoint(b, 1),
                new MetricPoint(b.plusSeconds(70), 3), new MetricPoint(b.plusSeconds(80), 2)), b, b.plusSeconds(90), 3));
    }

    @Test
    void unitsFollowTheMetric() {
        assertEquals("2m52s", MetricUnits.format("DELAY", 172.4));
        assertEquals("12ms", MetricUnits.format("SINK_EXECUTE_TIME", 12));
        assertEquals("1.5s", MetricUnits.format("SOURCE_READ_TIME", 1500));
        assertEquals("1.0 MiB/s", MetricUnits.format("IOPS", 1_048_576));
        assertEquals("5.1k/s", MetricUnits.format("RPS", 5_100));
        assertEquals("0.5/s", MetricUnits.format("RPS", 0.5));
    }

    @Test
    void verificationDocumentPutsTheVerdictFirstAndKeepsNulls() {
        ObjectNode doc = new VerificationJson().document(DetailFixtures.verification());
        assertEquals("DIFFERENCES", doc.get("verdict").asText());
        assertEquals(2, doc.get("tablesDifferent").asInt());
        assertEquals("orders", doc.get("tables").get(0).get("sourceTable").asText());
        assertTrue(doc.get("tables").get(1).get("mismatchedRows").isNull());
        assertEquals("VERIFY_READ_ERROR", doc.get("tables").get(1).get("errors").get(0).get("code").asText());
    }

    @Test
    void csvQuotesAndKeepsPrecision() {
        assertEquals("\"a,b\"", MetricExport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", MetricExport.quote("say \"hi\""));
        assertEquals("2.5", MetricExport.plain(2.5));
        assertEquals("3", MetricExport.plain(3.0));
        assertEquals("0.000001", MetricExport.plain(1e-6));
        ObjectNode doc = new MetricExport().json(DetailFixtures.lag());
        assertEquals(71, doc.get("series").get(0).get("points").size());
        assertEquals("2026-11-25T04:00:00Z", doc.get("begin").asText());
    }
}
