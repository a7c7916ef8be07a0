package io.salesim.scenarios.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML document that remembers where it came from (file, line) and where it
 * sits (key path such as {@code stations[0].process_time}), so every problem can point at it.
 * Scalars keep their YAML type: a quoted {@code "3"} is text, an unquoted {@code 3} a number.
 */
public final class Node {
    public enum Kind { MAPPING, LIST, TEXT, INTEGER, REAL, BOOLEAN, NULL }

    private final Kind kind;
    private final String source;
    private final int line;
    private final String path;
    private final String text;
    private final Map<String, Node> entries;
    private final Map<String, Integer> keyLines;
    private final List<Node> items;

    private Node(Kind kind, String source, int line, String path, String text,
                 Map<String, Node> entries, Map<String, Integer> keyLines, List<Node> items) {
        this.kind = kind;
        this.source = source;
        this.line = line;
        this.path = path;
        this.text = text;
        this.entries = entries;
        this.keyLines = keyLines;
        this.items = items;
    }

    static Node scalar(Kind kind, String source, int line, String path, String text) {
        return new Node(kind, source, line, path, text, Map.of(), Map.of(), List.of());
    }

    /** A mapping whose entries (in file order) and the lines of their keys. */
    static Node mapping(String source, int line, String path, LinkedHashMap<String, Node> entries,
                        Map<String, Integer> keyLines) {
        return new Node(Kind.MAPPING, source, line, path, null, Collections.unmodifiableMap(entries),
                Map.copyOf(keyLines), List.of());
    }

    static Node list(String source, int line, String path, List<Node> items) {
        return new Node(Kind.LIST, source, line, path, null, Map.of(), Map.of(), List.copyOf(items));
    }

    /**
     * A plain default value (number, text, boolean, list of those) as a node, or null for
     * anything else (such a default stays implicit).
     */
    static Node ofValue(Object value, String source, String path) {
        if (value instanceof Integer || value instanceof Long) {
            return scalar(Kind.INTEGER, source, 0, path, value.toString());
        } else if (value instanceof Double d && Double.isFinite(d)) {
            return scalar(Kind.REAL, source, 0, path, d.toString());
        } else if (value instanceof Boolean b) {
            return scalar(Kind.BOOLEAN, source, 0, path, b.toString());
        } else if (value instanceof String text) {
            return scalar(Kind.TEXT, source, 0, path, text);
        } else if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object item : list) {
                Node node = ofValue(item, source, path + "[" + items.size() + "]");
                if (node == null) {
                    return null;
                }
                items.add(node);
            }
            return list(source, 0, path, items);
        }
        return null;
    }

    /** A copy of a value tree read elsewhere (e.g. a {@code --set} value) placed at another path and source, line 0. */
    static Node relocate(Node node, String source, String path) {
        return switch (node.kind) {
            case MAPPING -> {
                LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                for (Map.Entry<String, Node> entry : node.entries.entrySet()) {
                    String childPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                    entries.put(entry.getKey(), relocate(entry.getValue(), source, childPath));
                    keyLines.put(entry.getKey(), 0);
                }
                yield mapping(source, 0, path, entries, keyLines);
            }
            case LIST -> {
                List<Node> items = new ArrayList<>();
                for (Node item : node.items) {
                    items.add(relocate(item, source, path + "[" + items.size() + "]"));
                }
                yield list(source, 0, path, items);
            }
            default -> scalar(node.kind, source, 0, path, node.text);
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The file (or bundled resource) this node was read from. */
    public String source() {
        return source;
    }

    /** 1-based line number in {@link #source()}. */
    public int line() {
        return line;
    }

    /** Dotted key path from the document root; empty for the root. */
    public String path() {
        return path;
    }

    /** The path as shown in messages: the root is shown as {@code (document)}. */
    public String displayPath() {
        return path.isEmpty() ? "(document)" : path;
    }

    /** The path of a child key, present or not. */
    public String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.REAL;
    }

    /** The scalar as written (null for mappings and lists). */
    public String text() {
        return text;
    }

    public Map<String, Node> entries() {
        return entries;
    }

    public Node get(String key) {
        return entries.get(key);
    }

    /** The line of a key of this mapping, or this node's line if the key is absent. */
    public int keyLine(String key) {
        return keyLines.getOrDefault(key, line);
    }

    public List<Node> items() {
        return items;
    }

    /** A short rendering for "found ..." in messages: text quoted, collections in flow style. */
    public String describe() {
        String full = render();
        // cut by code points, so an emoji is never split into a lone surrogate
        return full.codePointCount(0, full.length()) <= 80 ? full : full.substring(0, full.offsetByCodePoints(0, 77)) + "...";
    }

    private String render() {
        return switch (kind) {
            case NULL -> "nothing";
            case TEXT -> "\"" + text + "\"";
            case INTEGER, REAL, BOOLEAN -> text;
            case LIST -> {
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < items.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(items.get(i).render());
                }
                yield out.append(']').toString();
            }
            case MAPPING -> {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<String, Node> entry : entries.entrySet()) {
                    out.append(first ? "" : ", ").append(entry.getKey()).append(": ").append(entry.getValue().render());
                    first = false;
                }
                yield out.append('}').toString();
            }
        };
    }

    @Override
    public String toString() {
        return source + ":" + line + ": " + displayPath() + " = " + describe();
    }
}
