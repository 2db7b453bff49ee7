package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.testing.Examples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facts of a DescribeProject answer, cloud and self-hosted casing. */
class ProjectDetailsTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void publishedExample(boolean selfHosted) {
        JsonNode root = selfHosted ? Examples.selfHosted("DescribeProject") : Examples.cloud("DescribeProject");
        ProjectDetails d = new ProjectDetailsParser().parse(root);
        assertEquals("np_fe****", d.id());
        assertEquals("HIGH", d.importance());
        assertEquals(List.of("test_tag"), d.labels());
        assertEquals("OB_MYSQL", d.sourceEndpointType());
        assertEquals("MYSQL", d.sinkEndpointType());
        assertEquals(Boolean.FALSE, d.alarming());
        assertNull(d.alarmContent());
        assertEquals(0, d.recentAlarmCount());
        assertEquals(List.of("structTransfer", "fullTransfer", "fullVerify", "incrTransfer", "incrVerify", "reverseIncrTransfer"),
                d.enabled());
        assertEquals(List.of(new SchemaMapping("db_name", "mapped_db")), d.schemas());
        assertEquals(List.of("db_name"), d.sourceSchemas());
        assertEquals(List.of("mapped_db"), d.targetSchemas());
        assertEquals(Instant.parse("2023-07-13T07:02:27Z"), d.startedAt());
    }
}
