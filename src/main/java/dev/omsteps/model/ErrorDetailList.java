package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code ErrorDetails} array. The cloud sends objects (Code, Level, Message …); self-hosted
 * OMS, as OceanBase Developer Center's client reads it for verification results, sends plain
 * strings. Both become {@link ErrorDetail}s; empty ones are dropped.
 */
final class ErrorDetailList {

    private ErrorDetailList() {
    }

    static List<ErrorDetail> of(Iterable<JsonNode> nodes) {
        List<ErrorDetail> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            ErrorDetail e = n.isObject()
                    ? ResponseParser.errorDetail(new Fields(n))
                    : Fields.isAbsent(n) || n.isContainerNode() ? null
                    : new ErrorDetail(null, null, Printable.of(n.asText()).strip(), Map.of(), Map.of(), null, null);
            if (e != null && !e.isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }
}
