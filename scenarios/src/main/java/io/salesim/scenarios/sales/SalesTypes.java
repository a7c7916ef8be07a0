package io.salesim.scenarios.sales;

import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.NumberType;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value types the sales-organisation kind needs beyond {@link Types}: booleans, unlimited hours, role ids. */
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

    static final String ROLE_ID_RULE = "an id of lower-case letters, digits and _, starting with a letter (at most 64)";
    private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    static boolean isRoleId(String text) {
        return text != null && ROLE_ID.matcher(text).matches();
    }

    /**
     * A role id ({@code field_sales}, {@code bid_manager}, …), or with {@code orNone} also
     * {@code none} (nobody does the activity). Whether the role is in the table is checked
     * once the whole scenario is read.
     */
    static ValueType<String> roleId(boolean orNone) {
        return new ValueType<>() {
            public String read(Node node, Problems problems) {
                if (node.kind() != Node.Kind.TEXT || !isRoleId(node.text())) {
                    problems.add(node, allowed());
                    return null;
                }
                return node.text();
            }

            public String allowed() {
                return "a role id (" + ROLE_ID_RULE + ")" + (orNone ? " or none" : "");
            }
        };
    }
}
