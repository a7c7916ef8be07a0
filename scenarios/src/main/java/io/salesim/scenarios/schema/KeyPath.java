package io.salesim.scenarios.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key path written the way problems name them: keys joined by dots, list items by
 * 0-based index, e.g. {@code stations[0].servers}, {@code horizon.weeks},
 * {@code roles.customer_service.headcount}. An index may also be written as a key of digits,
 * {@code stations.0.servers}, as other tools spell paths; no key of the file format is all digits.
 * Used to change one value of a document ({@code --set}, sizing) before the document is
 * validated again as a whole.
 */
public final class KeyPath {
    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[[0-9]+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_INDEX = 1_000_000;

    /** One step down the tree: a key of a mapping (index < 0) or an item of a list. */
    private record Step(String key, int index) {
        boolean isIndex() {
            return index >= 0;
        }
    }

    private final String text;
    private final List<Step> steps;

    private KeyPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /**
     * The path, or an IllegalArgumentException whose message says what is allowed. Its text is
     * the canonical spelling: {@code stations.0.servers} reads as {@code stations[0].servers}.
     */
    public static KeyPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher matcher = STEP.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("a key path such as stations[0].servers, stations.0.servers or horizon.weeks");
            }
            steps.add(DIGITS.matcher(matcher.group(1)).matches() ? new Step(null, index(matcher.group(1)))
                    : new Step(matcher.group(1), -1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                steps.add(new Step(null, index(index.group(1))));
            }
        }
        return new KeyPath(canonical(steps), steps);
    }

    private static int index(String digits) {
        if (digits.length() > 7 || Integer.parseInt(digits) > MAX_INDEX) {
            throw new IllegalArgumentException("a key path whose list indexes are at most " + MAX_INDEX);
        }
        return Integer.parseInt(digits);
    }

    private static String canonical(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (step.isIndex()) {
                out.append('[').append(step.index()).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step.key());
            }
        }
        return out.toString();
    }

    /**
     * Parses {@code valueText} as a YAML value (a number, a word, or a flow mapping such as
     * {@code {exponential: {mean: 2}}}) and puts it at this path; the value's nodes report
     * problems under {@code source}, e.g. {@code --set stations[0].servers=3}.
     *
     * @return the new document, or null after adding a problem (bad YAML, a path through a
     *         value that is not a mapping or list, an index past the end)
     */
    public Node set(Node root, String valueText, String source, Problems problems) {
        Node value;
        if (valueText.isBlank()) {
            value = Node.scalar(Node.Kind.NULL, source, 0, text, null);
        } else {
            Node parsed = YamlTree.parse(source, valueText, problems);
            if (parsed == null) {
                return null;
            }
            value = Node.relocate(parsed, source, text);
        }
        return set(root, 0, value, source, problems);
    }

    private Node set(Node node, int at, Node value, String source, Problems problems) {
        if (at == steps.size()) {
            return value;
        }
        Step step = steps.get(at);
        if (step.isIndex()) {
            if (node.kind() != Node.Kind.LIST || step.index() >= node.items().size()) {
                String found = node.kind() == Node.Kind.LIST ? "item [" + step.index() + "] of a list of " + node.items().size()
                        : node.describe();
                String allowed = node.kind() == Node.Kind.LIST ? "an index from 0 to " + (node.items().size() - 1)
                        : "a list at " + node.displayPath() + " (the key path indexes it)";
                problems.add(new Problem(source, 0, text, found, allowed));
                return null;
            }
            List<Node> items = new ArrayList<>(node.items());
            Node child = set(items.get(step.index()), at + 1, value, source, problems);
            if (child == null) {
                return null;
            }
            items.set(step.index(), child);
            return Node.list(node.source(), node.line(), node.path(), items);
        }
        if (!node.isMapping()) {
            problems.add(new Problem(source, 0, text, node.describe() + " at " + node.displayPath(),
                    "a mapping at " + node.displayPath() + " (the key path goes into it)"));
            return null;
        }
        Node existing = node.get(step.key());
        String childPath = node.childPath(step.key());
        if (existing == null || existing.isNull()) {
            // a key the document leaves out: build the mappings down to the value
            existing = Node.mapping(source, 0, childPath, new LinkedHashMap<>(), Map.of());
        }
        Node child = set(existing, at + 1, value, source, problems);
        if (child == null) {
            return null;
        }
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>(node.entries());
        Map<String, Integer> keyLines = new HashMap<>();
        for (String key : entries.keySet()) {
            keyLines.put(key, node.keyLine(key));
        }
        keyLines.put(step.key(), node.get(step.key()) == null ? 0 : node.keyLine(step.key()));
        entries.put(step.key(), child);
        return Node.mapping(node.source(), node.line(), node.path(), entries, keyLines);
    }

    /** The node at this path, or null when the document has none there. */
    public Node find(Node root) {
        Node node = root;
        for (Step step : steps) {
            if (node == null) {
                return null;
            }
            if (step.isIndex()) {
                node = node.kind() == Node.Kind.LIST && step.index() < node.items().size() ? node.items().get(step.index()) : null;
            } else {
                node = node.isMapping() ? node.get(step.key()) : null;
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPath path && path.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
