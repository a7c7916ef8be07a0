package io.salesim.scenarios.schema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deep-merges a document over the one it extends (for kinds with {@code extends:}): mappings
 * merge key by key, anything else in the overlay replaces the base value. Every node keeps
 * its own file and line, so a problem in an inherited value points at the file it came from.
 */
public final class Overlay {
    private Overlay() {
    }

    public static Node merge(Node base, Node overlay) {
        if (!base.isMapping() || !overlay.isMapping()) {
            return overlay;
        }
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (Map.Entry<String, Node> entry : base.entries().entrySet()) {
            entries.put(entry.getKey(), entry.getValue());
            keyLines.put(entry.getKey(), base.keyLine(entry.getKey()));
        }
        for (Map.Entry<String, Node> entry : overlay.entries().entrySet()) {
            Node inherited = entries.get(entry.getKey());
            entries.put(entry.getKey(), inherited == null ? entry.getValue() : merge(inherited, entry.getValue()));
            keyLines.put(entry.getKey(), overlay.keyLine(entry.getKey()));
        }
        return Node.mapping(overlay.source(), overlay.line(), overlay.path(), entries, keyLines);
    }

    /** The same mapping without one key (e.g. {@code extends} once it has been followed). */
    public static Node without(Node mapping, String key) {
        if (!mapping.isMapping() || mapping.get(key) == null) {
            return mapping;
        }
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>(mapping.entries());
        entries.remove(key);
        Map<String, Integer> keyLines = new HashMap<>();
        for (String k : entries.keySet()) {
            keyLines.put(k, mapping.keyLine(k));
        }
        return Node.mapping(mapping.source(), mapping.line(), mapping.path(), entries, keyLines);
    }
}
