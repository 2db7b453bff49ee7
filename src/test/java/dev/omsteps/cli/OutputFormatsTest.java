package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("-o json is for steps, projects, verify, metrics and report; watch prints table or ndjson", e.getMessage());
        assertEquals("use -o table or -o ndjson", e.hint());
        e = assertThrows(UsageException.class, () -> OutputFormats.check("projects", OutputFormat.RAW));
        assertEquals("-o raw is for steps; projects prints table, wide or json", e.getMessage());
    }

    @Test
    void everyFormatOfEveryCommandIsNamedAndNoneCrashes() {
        // once an internal error (exit 70): a format only a command without an entry here printed
        for (OutputFormat f : OutputFormat.values()) {
            for (String command : List.of("steps", "projects", "watch", "verify", "metrics", "report")) {
                try {
                    OutputFormats.check(command, f);
                } catch (UsageException e) {
                    assertTrue(e.getMessage().startsWith("-o " + f + " is for "), e.getMessage());
                }
            }
        }
        UsageException e = assertThrows(UsageException.class, () -> OutputFormats.check("steps", OutputFormat.HTML));
        assertEquals("-o html is for report; steps prints table, wide, json or raw", e.getMessage());
        e = assertThrows(UsageException.class, () -> OutputFormats.check("watch", OutputFormat.CSV));
        assertEquals("-o csv is for metrics; watch prints table or ndjson", e.getMessage());
    }

    @Test
    void completionOffersExactlyTheAcceptedFormats() {
        assertEquals(List.of("table", "wide", "json", "raw"), new OutputFormats.Steps());
        assertEquals(List.of("table", "wide", "json"), new OutputFormats.Projects());
        assertEquals(List.of("table", "ndjson"), new OutputFormats.Watch());
        assertEquals(List.of("table", "json"), new OutputFormats.Verify());
        assertEquals(List.of("table", "csv", "json"), new OutputFormats.Metrics());
        assertEquals(List.of("html", "md", "json"), new OutputFormats.Report());
    }
}
