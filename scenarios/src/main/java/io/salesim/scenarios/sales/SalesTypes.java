package io.salesim.scenarios.sales;

import io.salesim.core.sales.Role;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.NumberType;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Value types the sales-organisation kind needs beyond {@link Types}: booleans, unlimited hours, roles. */
final class SalesTypes {
    private SalesTypes() {
    }

    /** {@code true} or {@code false}. */
    static ValueType<Boolean> bool() {
        return new ValueType<>() {
            public Boolean read(Node node, Problems problems) {
                if (node.kind() != Node.Kind.BOOLEAN) {
                    problems.add(node, allowed());
                    return null;
                }
                return switch (node.text().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "y" -> true;
                    default -> false;
                };
            }

            public String allowed() {
                return "true or false";
            }
        };
    }

    /** A number in {@code finite}'s range, or {@code .inf} for "unlimited" (read as positive infinity). */
    static ValueType<Double> orInfinity(NumberType finite, String infinityMeans) {
        return new ValueType<>() {
            public Double read(Node node, Problems problems) {
                if (node.text() != null && isInfinity(node.text())) {
                    return Double.POSITIVE_INFINITY;
                }
                if (!node.isNumber()) {
                    problems.add(node, allowed());
                    return null;
                }
                Problems inner = new Problems();
                Double value = finite.read(node, inner);
                if (value == null) {
                    problems.add(node, allowed());
                }
                return value;
            }

            public String allowed() {
                return finite.allowed() + ", or .inf (" + infinityMeans + ")";
            }
        };
    }

    static boolean isInfinity(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals(".inf") || t.equals("+.inf") || t.equals("inf") || t.equals("infinity");
    }

    /** A staffed role's id ({@code field_sales}, …), read as a {@link Role}. */
    static ValueType<Role> staffedRole() {
        Set<String> ids = Arrays.stream(Role.staffed()).map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return Types.map(Types.oneOf(ids), Role::fromId);
    }

    /** A staffed role's id or {@code none} (nobody does the activity). */
    static ValueType<Role> roleOrNone() {
        Set<String> ids = Arrays.stream(Role.values()).map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return Types.map(Types.oneOf(ids), Role::fromId);
    }
}
