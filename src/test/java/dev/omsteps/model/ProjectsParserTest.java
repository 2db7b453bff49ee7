package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListProjects answers, cloud PascalCase and self-hosted camelCase, quirks included; the attention order. */
class ProjectsParserTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final ResponseParser parser = new ResponseParser();

    ProjectsPage parse(String body) {
        return parser.parseProjects(NOW, parser.readTree(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String project(String id, String status, String steps, String extra) {
        return "{\"Id\":\"" + id + "\",\"Name\":\"n-" + id + "\",\"Type\":\"MIGRATION\",\"Status\":\"" + status + "\","
                + "\"SourceEndpointType\":\"MYSQL\",\"SinkEndpointType\":\"OB_MYSQL\",\"GmtCreate\":\"2026-11-24T08:00:00\","
                + "\"Labels\":[],\"Steps\":[" + steps + "],\"ExtraInfo\":" + extra + "}";
    }

    static String step(int order, String name, String status, int progress) {
        return "{\"Order\":" + order + ",\"Name\":\"" + name + "\",\"Status\":\"" + status + "\",\"Progress\":" + progress
                + ",\"StepInfo\":null,\"ExtraInfo\":{}}";
    }

    @Test
    void cloudPageWithQuirks() {
        ProjectsPage page = parse("{\"Success\":true,\"RequestId\":\"R1\",\"PageNumber\":\"2\",\"PageSize\":10,\"TotalCount\":205,"
                + "\"Cost\":\"13\",\"Data\":[" + project("np_a", "RUNNING",
                step(1, "PRE_CHECK", "FINISHED", 100) + "," + step(2, "FULL_TRANSFER", "RUNNING", 40),
                "{\"RunningStep\":\"FULL_TRANSFER\",\"RunningProgress\":\"42\",\"SyncDelay\":\"null\"}")
                + ",{\"Name\":\"no id: skipped\"}]}");
        assertEquals(2, page.pageNumber());
        assertEquals(205, page.totalCount());
        assertEquals(1, page.projects().size());
        ProjectSummary p = page.projects().get(0);
        assertEquals("np_a", p.id());
        assertEquals("FULL_TRANSFER", p.currentStep().name());
        assertEquals(42, p.progress());
        assertNull(p.lag());
        assertEquals(Instant.parse("2026-11-24T08:00:00Z"), p.createdAt());
        assertEquals(Attention.RUNNING, Attention.of(p));
    }

    @Test
    void selfHostedCamelCaseAndUnknownStatus() {
        ProjectsPage page = parse("{\"success\":true,\"totalCount\":1,\"data\":[{\"id\":\"np_b\",\"name\":\"b\",\"status\":\"RUNNING_MERGING\","
                + "\"steps\":[{\"order\":1,\"name\":\"INCR_SYNC\",\"status\":\"MONITORING\",\"progress\":100}],"
                + "\"extraInfo\":{\"runningStep\":\"INCR_SYNC\",\"syncDelay\":3}}]}");
        ProjectSummary p = page.projects().get(0);
        assertEquals("RUNNING_MERGING", p.worstStatus().raw());
        assertEquals(Duration.ofSeconds(3), p.lag());
        assertEquals(Attention.RUNNING, Attention.of(p));
    }

    @Test
    void attentionOrder() {
        ProjectsPage page = parse("{\"Data\":["
                + project("np_done", "FINISHED", step(1, "PRE_CHECK", "FINISHED", 100), "{}") + ","
                + project("np_run", "RUNNING", step(1, "FULL_TRANSFER", "RUNNING", 10), "{}") + ","
                + project("np_lag1", "RUNNING", step(1, "INCR_TRANSFER", "MONITORING", 100), "{\"SyncDelay\":120}") + ","
                + project("np_lag2", "RUNNING", step(1, "INCR_TRANSFER", "MONITORING", 100), "{\"SyncDelay\":900}") + ","
                + project("np_steady", "RUNNING", step(1, "INCR_TRANSFER", "MONITORING", 100), "{\"SyncDelay\":2}") + ","
                + project("np_susp", "SUSPEND", step(1, "FULL_TRANSFER", "SUSPEND", 10), "{}") + ","
                + project("np_fail", "RUNNING", step(1, "FULL_TRANSFER", "FAILED", 10), "{}") + "]}");
        List<String> order = page.projects().stream().sorted(Attention.ORDER).map(ProjectSummary::id).toList();
        assertEquals(List.of("np_fail", "np_susp", "np_lag2", "np_lag1", "np_run", "np_done", "np_steady"), order);
        Comparator<ProjectSummary> c = Attention.ORDER;
        assertEquals(0, c.compare(page.projects().get(0), page.projects().get(0)));
    }
}
