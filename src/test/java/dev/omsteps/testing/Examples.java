package dev.omsteps.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The published example answers under {@code src/test/resources/examples/} (sources named in its
 * README), as the cloud sends them and in the camelCase a self-hosted OMS uses.
 */
public final class Examples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Examples() {
    }

    public static byte[] bytes(String action) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + action + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no published example for " + action);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode cloud(String action) {
        try {
            return MAPPER.readTree(bytes(action));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same answer with every key's first letter lower-cased, as self-hosted OMS writes it. */
    public static JsonNode selfHosted(String action) {
        return camelCase(cloud(action));
    }

    public static JsonNode camelCase(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = MAPPER.createObjectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            n.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> e : fields) {
                String k = e.getKey();
                out.set(k.isEmpty() ? k : Character.toLowerCase(k.charAt(0)) + k.substring(1), camelCase(e.getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            n.forEach(c -> out.add(camelCase(c)));
            return out;
        }
        return n;
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
