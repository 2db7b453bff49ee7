package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.omsteps.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The streaming tree reader builds exactly what an ObjectMapper (as the parser used to set it up) builds, or fails where it fails. */
class JsonTreePropertiesTest {

    final JsonTree tree = new JsonTree(64, 1_000_000, 64);
    final ObjectMapper mapper = mapper();

    static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder().build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build());
        return m;
    }

    void sameAsObjectMapper(byte[] body) throws Exception {
        JsonNode expected;
        try {
            expected = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            assertThrows(JsonProcessingException.class, () -> tree.read(body));
            return;
        }
        JsonNode actual = tree.read(body);
        assertEquals(expected, actual);
        // equals() compares numbers by value; the node classes (int, long, big, double) must match too
        assertEquals(expected.toString(), actual.toString());
        assertEquals(shape(expected), shape(actual));
    }

    private static String shape(JsonNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName());
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> b.append('{').append(e.getKey()).append(':').append(shape(e.getValue())).append('}'));
        } else if (n.isArray()) {
            n.forEach(c -> b.append('[').append(shape(c)).append(']'));
        }
        return b.toString();
    }

    @Property(tries = 500)
    void arbitraryBytes(@ForAll @Size(max = 200) byte[] body) throws Exception {
        sameAsObjectMapper(body);
    }

    @Property(tries = 1000)
    void mutatedPublishedExample(@ForAll("mutations") byte[] body) throws Exception {
        sameAsObjectMapper(body);
    }

    @Example
    void edgeCases() throws Exception {
        for (String s : new String[] {"", " ", "null", "1", "\"x\"", "[]", "{}", "{} trailing", "{\"a\":1,\"a\":2,\"b\":3}",
                "{\"n\":[2147483647,2147483648,9223372036854775807,9223372036854775808,-1.5e3,1e309,0.1]}",
                "{\"a\":{\"b\":[{\"c\":null,\"d\":true,\"e\":false}]}}", "{", "}", "[1,]", "\uFEFF{\"bom\":1}",
                "[".repeat(70) + "]".repeat(70), "{\"x\":" + "9".repeat(65) + "}"}) {
            sameAsObjectMapper(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        String doc = new String(Fixtures.docExample(), StandardCharsets.UTF_8);
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of("null", "-1", "1e309", "99999999999999999999", "2147483648", "-0.0", "[]", "{}", "true",
                        "\"中文\"", ",", "]", "}", "{\"Order\":1,\"Order\":2}"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, doc.length());
        return positions.flatMap(at -> positions.flatMap(len -> junk.map(j -> {
            int end = Math.min(doc.length(), at + Math.abs(len - at) % 40);
            return (doc.substring(0, at) + j + doc.substring(end)).getBytes(StandardCharsets.UTF_8);
        })));
    }
}
