package io.salesim.scenarios.schema;

import java.util.Objects;

/**
 * A key a mapping may hold: its name, the type of its value, and whether it is required or
 * has a default. A scenario kind is declared as {@link Schema}s of keys.
 */
public final class Key<T> {
    private final String name;
    private final ValueType<T> type;
    private final boolean required;
    private final T defaultValue;

    private Key(String name, ValueType<T> type, boolean required, T defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.defaultValue = defaultValue;
    }

    /** A key that must be present with a non-empty value. */
    public static <T> Key<T> required(String name, ValueType<T> type) {
        return new Key<>(name, type, true, null);
    }

    /** A key that may be absent: its value is then null. */
    public static <T> Key<T> optional(String name, ValueType<T> type) {
        return new Key<>(name, type, false, null);
    }

    /** A key that may be absent: its value is then {@code defaultValue}. */
    public static <T> Key<T> withDefault(String name, ValueType<T> type, T defaultValue) {
        return new Key<>(name, type, false, Objects.requireNonNull(defaultValue, "defaultValue"));
    }

    public String name() {
        return name;
    }

    public ValueType<T> type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public T defaultValue() {
        return defaultValue;
    }

    @Override
    public String toString() {
        return name;
    }
}
