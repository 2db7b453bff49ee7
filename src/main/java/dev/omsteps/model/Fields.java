package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolerant reads from one JSON object. Keys match whatever their case ({@code Order},
 * {@code order}), so the cloud's PascalCase and self-hosted OMS's camelCase share one parser;
 * the API's {@code "null"} strings, blanks and wrong types all read as absent.
 */
final class Fields {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)");
    private final Map<String, JsonNode> byKey = new LinkedHashMap<>();
    private final Map<String, String> spelling = new LinkedHashMap<>();

    Fields(JsonNode node) {
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String lower = e.getKey().toLowerCase(Locale.ROOT);
                byKey.putIfAbsent(lower, e.getValue());
                spelling.putIfAbsent(lower, e.getKey());
            }
        }
    }

    static boolean isAbsent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode()
                || (n.isTextual() && (n.asText().isBlank() || n.asText().strip().equalsIgnoreCase("null")));
    }

    JsonNode node(String key) {
        JsonNode n = byKey.get(key.toLowerCase(Locale.ROOT));
        return isAbsent(n) ? null : n;
    }

    Fields object(String key) {
        JsonNode n = node(key);
        return new Fields(n != null && n.isObject() ? n : null);
    }

    boolean has(String key) {
        return node(key) != null;
    }

    String text(String key) {
        JsonNode n = node(key);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        String s = Printable.of(n.asText()).strip();
        return s.isEmpty() ? null : s;
    }

    /** A whole number from a number or a string such as {@code "42"} or {@code "13 ms"}. */
    Long longValue(String key) {
        JsonNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return Math.round(n.asDouble());
        }
        if (n.isTextual()) {
            Matcher m = LEADING_NUMBER.matcher(n.asText());
            if (m.find()) {
                try {
                    return new BigDecimal(m.group(1)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
                } catch (ArithmeticException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A number with its fraction kept (metric values such as {@code 0.5}); strings with units read like {@link #longValue}. */
    Double doubleValue(String key) {
        JsonNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            double d = n.asDouble();
            return Double.isFinite(d) ? d : null;
        }
        if (n.isTextual()) {
            Matcher m = LEADING_NUMBER.matcher(n.asText());
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return null;
    }

    Integer intValue(String key) {
        Long v = longValue(key);
        if (v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            return null;
        }
        return v.intValue();
    }

    Boolean bool(String key) {
        JsonNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        String s = n.asText().strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A time: OMS writes UTC without a zone ({@code 2020-05-22T17:04:18}); an offset, a space
     * instead of the T, or epoch seconds/milliseconds are accepted too. Unparseable reads as absent.
     */
    Instant instant(String key) {
        JsonNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return epoch(n.asLong());
        }
        String s = n.asText().strip().replace(' ', 'T');
        if (s.matches("\\d{9,13}")) {
            return epoch(Long.parseLong(s));
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }

    private static Instant epoch(long v) {
        try {
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        } catch (java.time.DateTimeException outOfRange) {
            return null;
        }
    }

    /** A string map; entries whose value is the API's "null" are dropped. */
    Map<String, String> stringMap(String key) {
        JsonNode n = node(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (!isAbsent(e.getValue())) {
                    out.put(Printable.of(e.getKey()),
                            Printable.of(e.getValue().isContainerNode() ? e.getValue().toString() : e.getValue().asText()));
                }
            });
        }
        return out;
    }

    Iterable<JsonNode> array(String key) {
        JsonNode n = node(key);
        return n != null && n.isArray() ? n : java.util.List.of();
    }

    /** Every present key, in the answer's own spelling, with its node. */
    Map<String, JsonNode> all() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        byKey.forEach((k, v) -> {
            if (!isAbsent(v)) {
                out.put(spelling.get(k), v);
            }
        });
        return out;
    }
}
