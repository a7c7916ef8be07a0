package io.salesim.scenarios.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys a mapping may hold. Reading a node against a schema reports every unknown key
 * (with the closest known one), every missing required key and every bad value.
 * A schema is itself a {@link ValueType}, so mappings nest: {@code Key.required("horizon", HORIZON)}.
 */
public final class Schema implements ValueType<Values> {
    private final String what;
    private final Map<String, Key<?>> keys = new LinkedHashMap<>();
    private final List<Check> checks;

    /** A rule across several keys of one mapping (e.g. warm-up shorter than the horizon). */
    @FunctionalInterface
    public interface Check {
        void check(Values values, Problems problems);
    }

    /** @param what how the mapping is called in messages, e.g. {@code "a station"} */
    public Schema(String what, Key<?>... keys) {
        this(what, List.of(), keys);
    }

    private Schema(String what, List<Check> checks, Key<?>... keys) {
        this.what = what;
        this.checks = List.copyOf(checks);
        for (Key<?> key : keys) {
            if (this.keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("key '" + key.name() + "' declared twice in " + what);
            }
        }
    }

    /**
     * A rule that the items of a list of mappings have different names: a name becomes a metric,
     * a random stream or a folder, so two items with one name cannot both run.
     *
     * @param what what an item is called in the message, e.g. "source"
     */
    public static Check uniqueNames(Key<List<Values>> list, Key<String> name, String what) {
        return (values, problems) -> {
            List<Values> items = values.get(list);
            Map<String, String> firstPath = new HashMap<>();
            for (Values item : items == null ? List.<Values>of() : items) {
                Node nameNode = item.nodeOf(name);
                String previous = firstPath.putIfAbsent(item.get(name), nameNode.path());
                if (previous != null) {
                    problems.add(nameNode, "a name no other " + what + " has (" + previous + " has it)");
                }
            }
        };
    }

    /** This schema plus a rule checked once every key has been read without problems. */
    public Schema withCheck(Check check) {
        List<Check> all = new ArrayList<>(checks);
        all.add(check);
        return new Schema(what, all, keys.values().toArray(new Key<?>[0]));
    }

    @Override
    public String allowed() {
        return what + ": a mapping with keys " + String.join(", ", keys.keySet());
    }

    @Override
    public Values read(Node node, Problems problems) {
        if (!node.isMapping()) {
            problems.add(node, allowed());
            return null;
        }
        int before = problems.size();
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            if (!keys.containsKey(entry.getKey())) {
                problems.add(unknownKey(node, entry.getKey()));
            }
        }
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        for (Key<?> key : keys.values()) {
            Node child = node.get(key.name());
            if (child == null || child.isNull()) {
                if (key.isRequired()) {
                    problems.missing(node, key.name(), key.type().allowed());
                }
                continue;
            }
            Object value = key.type().read(child, problems);
            if (value != null) {
                values.put(key, value);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Values read = new Values(node, values);
        for (Check check : checks) {
            check.check(read, problems);
        }
        return problems.size() == before ? read : null;
    }

    /** Every key in schema order: present values resolved, absent keys with a plain default written out. */
    @Override
    public Node resolve(Node node) {
        if (!node.isMapping()) {
            return node;
        }
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (Key<?> key : keys.values()) {
            Node child = node.get(key.name());
            Node resolved = child != null && !child.isNull() ? key.type().resolve(child)
                    : Node.ofValue(key.defaultValue(), node.source(), node.childPath(key.name()));
            if (resolved != null) {
                entries.put(key.name(), resolved);
                keyLines.put(key.name(), child == null ? 0 : node.keyLine(key.name()));
            }
        }
        return Node.mapping(node.source(), node.line(), node.path(), entries, keyLines);
    }

    private Problem unknownKey(Node mapping, String key) {
        String closest = Suggestions.closest(key, keys.keySet());
        List<String> known = new ArrayList<>(keys.keySet());
        String allowed = (closest == null ? "" : "\"" + closest + "\" (closest match) or ")
                + "one of " + String.join(", ", known);
        // the key's own source: under an overlay or a --set it may come from another file than the mapping
        return new Problem(mapping.get(key).source(), mapping.keyLine(key), mapping.childPath(key),
                "unknown key \"" + key + "\" in " + what, allowed);
    }
}
