package io.salesim.scenarios.schema;

/**
 * How to read one kind of value (a number in a range, a distribution, a list of stations...)
 * from a node. Implementations report every problem they find and then return null.
 */
public interface ValueType<T> {

    /** The value, or null after adding at least one problem. */
    T read(Node node, Problems problems);

    /** What is allowed, for messages: e.g. {@code a number > 0}. */
    String allowed();
}
