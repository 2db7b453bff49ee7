package dev.omsteps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters as JSON text, byte for byte what an ObjectMapper writes for the same values. */
class JsonTextTest {

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesWhatAnObjectMapperWrites() throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pageNumber", 1);
        params.put("pageSize", 100L);
        params.put("status", List.of("RUNNING", "FAILED"));
        params.put("searchKey", "中文 \"quoted\" \\ \n\u0001 </script>");
        params.put("nothing", null);
        params.put("flag", true);
        params.put("nested", Map.of("a", Arrays.asList(1.5, -0.0, 1e300, null)));
        params.put("big", new BigInteger("123456789012345678901234567890"));
        params.put("dec", new BigDecimal("1.50"));
        params.put("float", 2.5f);
        for (Object v : new Object[] {params, List.of(), Map.of(), "", List.of("RUNNING")}) {
            assertEquals(mapper.writeValueAsString(v), JsonText.of(v));
        }
    }

    @Test
    void refusesWhatIsNoParameterValue() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.of(List.of(new Object())));
    }
}
