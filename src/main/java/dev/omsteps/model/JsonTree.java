package dev.omsteps.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON document into Jackson's tree with jackson-core's streaming parser alone. An
 * {@code ObjectMapper} would build the same tree, but setting one up (its serializer and
 * deserializer caches, type factory, configs) is tens of milliseconds of every start; this is
 * what the one-shot commands pay instead. The tree is node for node what
 * {@code ObjectMapper.readTree} builds with default settings: integers as int, long or big
 * integer nodes by size, other numbers as double nodes, a repeated key's last value kept at the
 * first one's place, nothing read after the first value, and an empty body as a missing node.
 */
final class JsonTree {

    private final JsonFactory factory;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** A hostile or broken server must not make us recurse or allocate without bound. */
    JsonTree(int maxNestingDepth, int maxStringLength, int maxNumberLength) {
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth).maxStringLength(maxStringLength).maxNumberLength(maxNumberLength)
                .build()).build();
    }

    /** Throws jackson-core's exceptions (all {@link com.fasterxml.jackson.core.JsonProcessingException}s) on bad JSON. */
    JsonNode read(byte[] body) throws IOException {
        try (JsonParser p = factory.createParser(body)) {
            JsonToken t = p.nextToken();
            return t == null ? MissingNode.getInstance() : value(p, t);
        }
    }

    private JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY:
                return array(p);
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? nodes.numberNode(p.getDecimalValue()) : nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                // the parser reports malformed input itself; an embedded object cannot occur in text
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        }
    }

    private ObjectNode object(JsonParser p) throws IOException {
        ObjectNode o = nodes.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            o.replace(name, value(p, p.nextToken()));
        }
        return o;
    }

    private ArrayNode array(JsonParser p) throws IOException {
        ArrayNode a = nodes.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            a.add(value(p, t));
        }
        return a;
    }
}
