package io.salesim.scenarios.sales;

import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import java.util.function.Supplier;

/**
 * Builds a spec record from values the schema accepted. The records check relations the
 * schema cannot see (practical capacity above nominal, max meetings below min); their
 * {@code IllegalArgumentException("<key>: found <x>; allowed <y>")} becomes a problem at the
 * offending key of the mapping being read, never a stack trace.
 */
final class Records {
    private Records() {
    }

    /** The record, or null after adding a problem at {@code mapping}'s offending key. */
    static <T> T build(Node mapping, Problems problems, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problems.add(problemAt(mapping, String.valueOf(e.getMessage())));
            return null;
        }
    }

    static Problem problemAt(Node mapping, String message) {
        int foundAt = message.indexOf(": found ");
        int allowedAt = message.indexOf("; allowed ");
        String key = foundAt > 0 ? message.substring(0, foundAt) : "";
        String allowed = allowedAt >= 0 ? message.substring(allowedAt + "; allowed ".length()) : message;
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (last.contains("/")) {
            last = last.substring(0, last.indexOf('/')); // "x_km/y_km": point at the first
        }
        Node child = mapping.isMapping() && !last.isEmpty() ? mapping.get(last) : null;
        if (child == null) {
            return new Problem(mapping.source(), mapping.line(), mapping.displayPath(), mapping.describe(), allowed);
        }
        return new Problem(child.source(), child.line(), child.displayPath(), child.describe(), allowed);
    }
}
