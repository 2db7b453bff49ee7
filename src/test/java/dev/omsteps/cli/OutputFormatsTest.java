package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatsTest {

    @Test
    void eachCommandTakesItsOwnFormats() {
        for (OutputFormat f : OutputFormats.STEPS) {
            OutputFormats.check("steps", f);
        }
        OutputFormats.check("projects", OutputFormat.JSON);
        OutputFormats.check("watch", OutputFormat.NDJSON);
    }

    @Test
    void aMisplacedFormatNamesWhereItBelongs() {
        UsageException e = assertThrows(UsageException.class, () -> OutputFormats.check("steps", OutputFormat.NDJSON));
        assertEquals("-o ndjson is for watch; steps prints table, wide, json or raw", e.getMessage());
        assertEquals("use -o table, -o wide, -o json or -o raw", e.hint());
        e = assertThrows(UsageException.class, () -> OutputFormats.check("watch", OutputFormat.JSON));
        assertEquals("-o json is for steps and projects; watch prints table or ndjson", e.getMessage());
        assertEquals("use -o table or -o ndjson", e.hint());
        e = assertThrows(UsageException.class, () -> OutputFormats.check("projects", OutputFormat.RAW));
        assertEquals("-o raw is for steps; projects prints table, wide or json", e.getMessage());
    }

    @Test
    void completionOffersExactlyTheAcceptedFormats() {
        assertEquals(List.of("table", "wide", "json", "raw"), new OutputFormats.Steps());
        assertEquals(List.of("table", "wide", "json"), new OutputFormats.Projects());
        assertEquals(List.of("table", "ndjson"), new OutputFormats.Watch());
    }
}
