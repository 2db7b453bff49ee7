package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.model.StepsSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's table and JSON examples are what omsteps prints for one answer (the full-migration snapshot),
 * so their figures agree with each other: the same ETA, elapsed times and rates in both.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("README.md");

    /** The first fenced block after a heading of the README. */
    private static String blockAfter(String heading) throws IOException {
        String readme = Files.readString(README);
        int at = readme.indexOf(heading);
        assertTrue(at >= 0, "README has " + heading);
        int open = readme.indexOf("```", at);
        int start = readme.indexOf('\n', open) + 1;
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theTableIsWhatOmstepsPrints() throws IOException {
        StepsSnapshot s = Snapshots.load("full-migration");
        String printed = String.join("\n", new TableRenderer().lines(s, Snapshots.options(200, false)).stream()
                .map(String::stripTrailing).toList()) + "\n";
        assertEquals(printed, blockAfter("### The table"));
    }

    @Test
    void theJsonDocumentIsWhatOmstepsPrints() throws IOException {
        StepsSnapshot s = Snapshots.load("full-migration");
        ObjectMapper mapper = new ObjectMapper();
        // read back as text, so numbers compare by value whatever node type the renderer built
        JsonNode printed = mapper.readTree(new JsonRenderer().document(s).toString());
        JsonNode shown = mapper.readTree(blockAfter("### The JSON document"));
        // the README shows the running step only, and abbreviates the request ID
        JsonNode step = shown.get("steps").get(0);
        JsonNode same = null;
        for (JsonNode st : printed.get("steps")) {
            if (st.get("order").equals(step.get("order"))) {
                same = st;
            }
        }
        assertEquals(same, step, "the README's step");
        for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals("steps") && !f.getKey().equals("requestId")) {
                assertEquals(printed.get(f.getKey()), f.getValue(), f.getKey());
            }
        }
    }
}
