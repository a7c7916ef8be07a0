package io.salesim.scenarios.sales;

import io.salesim.scenarios.schema.Key;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping being written back to YAML, keyed by the same {@link Key}s the section is read
 * with, so every key of the vocabulary is spelled once, where its binding declares it.
 */
final class Entries {
    private final Map<String, Object> map = new LinkedHashMap<>();

    <T> Entries put(Key<T> key, T value) {
        map.put(key.name(), value);
        return this;
    }

    /** An entry whose key is data (a role or activity id), not vocabulary. */
    Entries put(String key, Object value) {
        map.put(key, value);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
