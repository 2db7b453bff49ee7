package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.testing.Examples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DescribeProjectComponents: the published example in both casings, health and the step a component serves. */
class ComponentsTest {

    static final Instant NOW = Instant.ofEpochSecond(1689250071 + 95);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void publishedExample(boolean selfHosted) {
        JsonNode root = selfHosted ? Examples.selfHosted("DescribeProjectComponents") : Examples.cloud("DescribeProjectComponents");
        ProjectComponents pc = new ComponentsParser().parse("np_x", NOW, root);
        assertEquals(List.of(ComponentKind.STORE, ComponentKind.REVERSE_STORE, ComponentKind.INCR_SYNC,
                        ComponentKind.REVERSE_INCR_SYNC, ComponentKind.FULL_IMPORT, ComponentKind.FULL_VERIFY),
                pc.components().stream().map(Component::kind).toList());
        Component store = pc.components().get(0);
        assertEquals("EXCEPTION", store.status());
        assertEquals(24L, store.delaySeconds());
        assertEquals(Instant.parse("2023-07-13T09:19:53Z"), store.checkpoint(), "EndCheckpoint, a UTC time without zone");
        assertEquals(Duration.ofSeconds(95), store.heartbeatAge(NOW));
        assertTrue(store.isInTrouble());
        assertEquals(1, store.errors().size(), "ErrMsg \"null\" adds nothing");
        Component sync = pc.components().get(2);
        assertEquals(Instant.ofEpochSecond(1689250071), sync.checkpointSampledAt());
        assertEquals(1L, sync.tps());
        assertNull(sync.heartbeatAt());
        assertEquals(100, pc.components().get(5).progress(), "a string progress");
        assertEquals(List.of(ComponentKind.STORE, ComponentKind.INCR_SYNC),
                pc.serving("INCR_TRANSFER").stream().map(Component::kind).toList());
        assertEquals(List.of(ComponentKind.FULL_IMPORT), pc.serving("full_transfer").stream().map(Component::kind).toList());
        assertTrue(pc.serving("PRE_CHECK").isEmpty());
    }

    @Test
    void healthyWithoutErrorsOrABadStatus() {
        Component ok = new Component(ComponentKind.INCR_SYNC, "c", null, null, "RUNNING", 1L, 5L, null, null, null, null, List.of());
        assertFalse(ok.isInTrouble());
        assertTrue(new Component(ComponentKind.INCR_SYNC, "c", null, null, "STOPPED", null, null, null, null, null, null, List.of()).isInTrouble());
        assertEquals(Duration.ZERO, new Component(ComponentKind.STORE, "c", null, null, "RUNNING", null, null, null, null,
                NOW.plusSeconds(30), null, List.of()).heartbeatAge(NOW), "a clock ahead of ours is no negative age");
    }
}
