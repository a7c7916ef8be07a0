package io.salesim.scenarios.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The value types scenario files are made of. */
public final class Types {
    /** Names become folder and file names (runs/&lt;name&gt;-&lt;time&gt;/, plans/&lt;name&gt;/): short enough for any file system. */
    public static final int NAME_MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0," + (NAME_MAX_LENGTH - 1) + "}");

    private Types() {
    }

    public static NumberType real() {
        return new NumberType(false, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "a number");
    }

    public static NumberType integer() {
        return new NumberType(true, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "a whole number");
    }

    /** A whole number >= 0, read as an int. */
    public static ValueType<Integer> count() {
        return ints(integer().atLeast(0));
    }

    /** A whole number in the given bounds, read as an int. */
    public static ValueType<Integer> ints(NumberType type) {
        return new ValueType<>() {
            public Integer read(Node node, Problems problems) {
                return type.readInt(node, problems);
            }

            public String allowed() {
                return type.allowed();
            }
        };
    }

    public static NumberType probability() {
        return real().between(0, 1).called("a probability");
    }

    /** Any scalar, as text of printable characters (tabs and line breaks too: see {@link Printable#allowedInText}). */
    public static ValueType<String> text() {
        return new ValueType<>() {
            public String read(Node node, Problems problems) {
                if (node.kind() == Node.Kind.MAPPING || node.kind() == Node.Kind.LIST || node.text() == null) {
                    problems.add(node, allowed());
                    return null;
                }
                if (!node.text().codePoints().allMatch(Printable::allowedInText)) {
                    problems.add(node, "printable text (tabs and line breaks are fine; control characters and lone surrogates are not)");
                    return null;
                }
                return node.text();
            }

            public String allowed() {
                return "text";
            }
        };
    }

    /** A name that can appear in metric names and folder names: letters, digits, '_' and '-', at most 64 of them. */
    public static ValueType<String> name() {
        return new ValueType<>() {
            public String read(Node node, Problems problems) {
                if (node.text() == null || node.kind() == Node.Kind.MAPPING || !NAME.matcher(node.text()).matches()) {
                    problems.add(node, allowed());
                    return null;
                }
                return node.text();
            }

            public String allowed() {
                return "a name of letters, digits, '_' and '-' (starting with a letter or digit), at most " + NAME_MAX_LENGTH + " characters";
            }
        };
    }

    /** One of a fixed set of words, with a suggestion for a misspelling. */
    public static ValueType<String> oneOf(Set<String> words) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(words));
        return new ValueType<>() {
            public String read(Node node, Problems problems) {
                if (node.text() != null && words.contains(node.text())) {
                    return node.text();
                }
                String closest = node.text() == null || words.size() < 2 ? null : Suggestions.closest(node.text(), words);
                problems.add(node, (closest == null ? "" : "\"" + closest + "\" (closest match) or ") + allowed());
                return null;
            }

            public String allowed() {
                return "one of " + String.join(", ", sorted);
            }
        };
    }

    /** A list of at least {@code minItems} values of one type; every bad item is reported. */
    public static <T> ValueType<List<T>> listOf(ValueType<T> item, int minItems) {
        return new ValueType<>() {
            public List<T> read(Node node, Problems problems) {
                if (node.kind() != Node.Kind.LIST || node.items().size() < minItems) {
                    problems.add(node, allowed());
                    return null;
                }
                List<T> values = new ArrayList<>();
                boolean ok = true;
                for (Node child : node.items()) {
                    T value = item.read(child, problems);
                    ok &= value != null;
                    values.add(value);
                }
                return ok ? values : null;
            }

            public String allowed() {
                return (minItems > 0 ? "a list of at least " + minItems + " of: " : "a list of: ") + item.allowed();
            }

            public Node resolve(Node node) {
                if (node.kind() != Node.Kind.LIST) {
                    return node;
                }
                return Node.list(node.source(), node.line(), node.path(), node.items().stream().map(item::resolve).toList());
            }
        };
    }

    /** A value read by another type, then converted; the conversion may not fail. */
    public static <A, B> ValueType<B> map(ValueType<A> type, Function<A, B> convert) {
        return new ValueType<>() {
            public B read(Node node, Problems problems) {
                A value = type.read(node, problems);
                return value == null ? null : convert.apply(value);
            }

            public String allowed() {
                return type.allowed();
            }
        };
    }
}
