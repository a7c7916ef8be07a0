package io.salesim.scenarios.sales;

import io.salesim.core.sales.InvalidSpec;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Suggestions;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds a spec record from values the schema accepted. The records check relations the
 * schema cannot see (practical capacity above nominal, an unknown role in a plan step);
 * their {@link InvalidSpec} names record components, which become a problem at the
 * offending key of the mapping being read — component {@code salaryPerYear} is key
 * {@code salary_per_year} — never a stack trace.
 */
final class Records {
    private Records() {
    }

    /** The record, or null after adding a problem at {@code mapping}'s offending key. */
    static <T> T build(Node mapping, Problems problems, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidSpec e) {
            problems.add(problemAt(mapping, e));
            return null;
        }
    }

    /** The problem at the node the path leads to from {@code mapping}, or at the deepest node there is. */
    static Problem problemAt(Node mapping, InvalidSpec e) {
        List<String> path = e.path().stream().map(Records::snakeCase).toList();
        int start = 0;
        // a record for a whole section names its own list first (RolesSpec.roles is the roles mapping itself)
        if (!path.isEmpty() && mapping.get(path.get(0)) == null && mapping.path().endsWith(path.get(0))) {
            start = 1;
        }
        Node at = mapping;
        int i = start;
        for (; i < path.size(); i++) {
            Node next = child(at, path.get(i));
            if (next == null) {
                break;
            }
            at = next;
        }
        // the value as written in the file, when the path reaches it; else the record's rendering
        String found = i == path.size() && !at.isMapping() && at.kind() != Node.Kind.LIST ? at.describe() : e.found();
        String allowed = e.allowed();
        String closest = e.choices().isEmpty() || at.text() == null ? null : Suggestions.closest(at.text(), e.choices());
        if (closest != null && i == path.size()) {
            allowed = "\"" + closest + "\" (closest match) or " + allowed;
        }
        StringBuilder where = new StringBuilder(at.path());
        for (; i < path.size(); i++) {
            String step = path.get(i);
            if (step.chars().allMatch(Character::isDigit)) {
                where.append('[').append(step).append(']');
            } else {
                where.append(where.length() == 0 ? "" : ".").append(step);
            }
        }
        String shown = where.length() == 0 ? "(document)" : where.toString();
        return new Problem(at.source(), at.line(), shown, found, allowed);
    }

    private static Node child(Node node, String step) {
        if (node.isMapping()) {
            return node.get(step);
        }
        if (node.kind() == Node.Kind.LIST && !step.isEmpty() && step.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(step);
            return index < node.items().size() ? node.items().get(index) : null;
        }
        return null;
    }

    /** {@code salaryPerYear} → {@code salary_per_year}; keys and ids already in snake case stay as they are. */
    static String snakeCase(String component) {
        StringBuilder out = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
