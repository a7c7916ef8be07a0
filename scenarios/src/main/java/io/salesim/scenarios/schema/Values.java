package io.salesim.scenarios.schema;

import java.util.Map;

/** The values read from one mapping by a {@link Schema}, looked up by their {@link Key}s. */
public final class Values {
    private final Node node;
    private final Map<Key<?>, Object> values;

    Values(Node node, Map<Key<?>, Object> values) {
        this.node = node;
        this.values = Map.copyOf(values);
    }

    /** The value, the key's default if absent, or null for an absent optional key. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object value = values.get(key);
        return value == null ? key.defaultValue() : (T) value;
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    /** The mapping these values came from. */
    public Node node() {
        return node;
    }

    /** The node of a key's value, or the mapping itself when the key is absent: where to point a problem. */
    public Node nodeOf(Key<?> key) {
        Node child = node.get(key.name());
        return child == null ? node : child;
    }
}
