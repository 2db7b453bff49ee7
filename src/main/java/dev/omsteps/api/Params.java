package dev.omsteps.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An action's parameters in the order given, named as the dialect names them. An absent value (null, or
 * an empty list) is left out, as the SDKs leave out an unset field; how values are encoded is the
 * dialect's business.
 */
final class Params {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Params of(String name, Object value) {
        return new Params().put(name, value);
    }

    Params put(String name, Object value) {
        if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
            values.put(name, value);
        }
        return this;
    }

    Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
