package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.testing.Examples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** ListProjectFullVerifyResult pages (published example, both casings) and the cutover verdict. */
class VerificationTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final VerificationParser parser = new VerificationParser();

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void publishedExampleInBothCasings(boolean selfHosted) {
        JsonNode root = selfHosted ? Examples.selfHosted("ListProjectFullVerifyResult") : Examples.cloud("ListProjectFullVerifyResult");
        VerificationPage page = parser.parse(root);
        assertEquals(11L, page.differentNumber());
        assertEquals(1L, page.totalCount());
        assertEquals(10, page.pageSize());
        assertEquals("EE205C00-30E4-XXXX-XXXX-87E3A8A2AA0C", page.requestId());
        TableVerification t = page.tables().get(0);
        assertEquals("source_db.source_table", t.sourceName());
        assertEquals("dest_db", t.destSchema());
        assertEquals(80, t.progress(), "Progress is a string in the example");
        assertEquals(200L, t.consistentCount());
        assertNull(t.message(), "the string \"null\" is absent");
        assertEquals("RUNNING", t.resultType());
        assertEquals(TableVerification.Standing.UNFINISHED, t.standing());
        assertEquals(1, t.errors().size());
        assertEquals("CM-RESOAT1111", t.errors().get(0).code());
        // the server counts 11 differing rows: that alone keeps the gate closed
        VerificationReport r = new VerificationReport("np_x", NOW, page.differentNumber(), page.tables(), null);
        assertEquals(VerificationVerdict.DIFFERENCES, r.verdict());
        assertEquals("11 differing rows reported by the server", r.reason());
    }

    @Test
    void selfHostedErrorDetailsAsStrings() {
        VerificationPage page = parser.parse(Examples.json("{\"success\":true,\"data\":{\"differentNumber\":3,"
                + "\"fullVerifyTableStatistics\":[{\"sourceSchemaName\":\"db\",\"sourceTableName\":\"t1\",\"status\":\"ERROR\","
                + "\"resultType\":\"RUNTIME_EXCEPTION\",\"errorDetails\":[\"connection reset\",null,\"null\"]}]}}"));
        TableVerification t = page.tables().get(0);
        assertEquals(List.of("connection reset"), t.errors().stream().map(ErrorDetail::message).toList());
        assertEquals(TableVerification.Standing.DIFFERENT, t.standing(), "an ended table that is not consistent fails the gate");
    }

    static TableVerification table(String name, String status, String result, long mismatched, long sourceOnly) {
        return new TableVerification("db", name, "db", status, result, null, 100, 10L, mismatched, sourceOnly, 0L, null, List.of());
    }

    static Step verifier(String status, int progress) {
        return new Step(4, "FULL_VERIFIER", null, StepStatus.of(status), progress, null, null, null, List.of(), null, null, Map.of(), null);
    }

    @Test
    void inconsistentTablesComeFirstMostDifferencesFirst() {
        VerificationReport r = new VerificationReport("np_x", NOW, 7L, List.of(
                table("a_clean", "FINISHED", "CONSISTENT", 0, 0),
                table("b_running", "RUNNING", "RUNNING", 0, 0),
                table("c_few", "FINISHED", "INCONSISTENT", 2, 0),
                table("d_many", "FINISHED", "INCONSISTENT", 1, 4),
                table("e_empty", "FINISHED", "BOTH_EMPTY", 0, 0)), verifier("RUNNING", 100));
        assertEquals(List.of("d_many", "c_few", "b_running", "a_clean", "e_empty"),
                r.tables().stream().map(TableVerification::sourceTable).toList());
        assertEquals(VerificationVerdict.DIFFERENCES, r.verdict());
        assertEquals("2 tables with differences or errors", r.reason());
    }

    @Test
    void consistentOnlyWhenFinishedAndEveryTableClean() {
        List<TableVerification> clean = List.of(table("t1", "FINISHED", "CONSISTENT", 0, 0), table("t2", "FINISHED", "BOTH_EMPTY", 0, 0));
        // OMS leaves a complete verification RUNNING at 100
        assertEquals(VerificationVerdict.CONSISTENT, new VerificationReport("p", NOW, 0L, clean, verifier("RUNNING", 100)).verdict());
        assertEquals(VerificationVerdict.CONSISTENT, new VerificationReport("p", NOW, 0L, clean, verifier("FINISHED", 100)).verdict());
        assertEquals(VerificationVerdict.NOT_FINISHED, new VerificationReport("p", NOW, 0L, clean, verifier("RUNNING", 60)).verdict());
        assertEquals("the full-verification step has not finished",
                new VerificationReport("p", NOW, 0L, clean, verifier("SUSPEND", 100)).reason());
        assertEquals(VerificationVerdict.NOT_FINISHED, new VerificationReport("p", NOW, null, List.of(), verifier("INIT", 0)).verdict());
        assertEquals("no verification results (is full verification enabled?)",
                new VerificationReport("p", NOW, null, List.of(), null).reason());
        List<TableVerification> oneRunning = List.of(clean.get(0), table("t3", "RUNNING", "RUNNING", 0, 0));
        VerificationReport running = new VerificationReport("p", NOW, 0L, oneRunning, verifier("RUNNING", 100));
        assertEquals(VerificationVerdict.NOT_FINISHED, running.verdict());
        assertEquals("1 table not verified yet", running.reason());
    }

    @Test
    void aConsistentResultWithCountedDifferencesIsNotClean() {
        TableVerification odd = table("t", "FINISHED", "CONSISTENT", 0, 3);
        assertFalse(odd.isClean());
        assertTrue(table("t", "finished", "consistent", 0, 0).isClean(), "case does not matter");
    }

    @Test
    void morePagesFollowTheTotalOrAFullPage() {
        List<TableVerification> two = List.of(table("a", "FINISHED", "CONSISTENT", 0, 0), table("b", "FINISHED", "CONSISTENT", 0, 0));
        assertTrue(new VerificationPage(0L, two, 5L, 1, 2, null).hasMoreAfter(2, 2));
        assertFalse(new VerificationPage(0L, two, 2L, 1, 2, null).hasMoreAfter(2, 2));
        assertTrue(new VerificationPage(0L, two, null, 1, 2, null).hasMoreAfter(2, 2));
        assertFalse(new VerificationPage(0L, List.of(), null, 1, 2, null).hasMoreAfter(2, 2));
    }
}
