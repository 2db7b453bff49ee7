package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON output carries C1 controls, DEL and bidi overrides only as escapes: exact values, harmless bytes. */
class PrintableJsonTest {

    @Test
    void unsafeCharactersAreWrittenAsEscapesAndReadBackExactly() throws Exception {
        String value = "a\u009b2J\u202eb\u2066c\u007fd\u001be 全量";
        String json = PrintableJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("k", value));
        assertEquals("{\"k\":\"a\\u009B2J\\u202Eb\\u2066c\\u007Fd\\u001Be 全量\"}", json);
        assertEquals(value, new ObjectMapper().readTree(json).get("k").asText());
    }
}
