package dev.omsteps.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any bytes give a snapshot or a clean MalformedResponseException — never anything else. */
class ResponseParserPropertiesTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final ResponseParser parser = new ResponseParser();

    void parsesOrRefusesCleanly(byte[] body) {
        try {
            StepsSnapshot s = parser.parseSteps("np_1", NOW, body);
            assertNotNull(s.steps());
            for (Step st : s.steps()) {
                assertNotNull(st.status());
                Integer p = st.clampedProgress();
                assertTrue(p == null || (p >= 0 && p <= 100));
                st.elapsed(NOW);
                st.eta(NOW);
                st.errorDetails().forEach(ErrorDetail::filledMessage);
            }
        } catch (MalformedResponseException expected) {
            assertNotNull(expected.preview());
        }
    }

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 300) byte[] body) {
        parsesOrRefusesCleanly(body);
    }

    @Property(tries = 2000)
    void mutatedPublishedExample(@ForAll("mutations") byte[] body) {
        parsesOrRefusesCleanly(body);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        String doc = new String(Fixtures.docExample(), StandardCharsets.UTF_8);
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of("null", "\"null\"", "-1", "1e309", "99999999999999999999", "\"\"", "[]", "{}", "true",
                        "\"2020-13-45T99:99:99\"", "\"13 ms\"", "-2147483649", "\"中文\"", "{\"Order\":\"x\"}"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, doc.length());
        return positions.flatMap(at -> positions.flatMap(len -> junk.map(j -> {
            int end = Math.min(doc.length(), at + Math.abs(len - at) % 40);
            return (doc.substring(0, at) + j + doc.substring(end)).getBytes(StandardCharsets.UTF_8);
        })));
    }
}
