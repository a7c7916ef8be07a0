package io.salesim.core.sales;

import java.util.function.Supplier;

/** Validation helpers for the spec records; a failure names the record component it concerns. */
final class Check {
    private Check() {
    }

    static double nonNegative(String component, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidSpec(component, value, "a finite number >= 0");
        }
        return value;
    }

    static double positive(String component, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSpec(component, value, "a finite number > 0");
        }
        return value;
    }

    static double probability(String component, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidSpec(component, value, "a probability in [0, 1]");
        }
        return value;
    }

    static double range(String component, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidSpec(component, value, "[" + min + ", " + max + "]");
        }
        return value;
    }

    static int atLeast(String component, int value, int min) {
        if (value < min) {
            throw new InvalidSpec(component, value, "a whole number >= " + min);
        }
        return value;
    }

    static <T> T present(String component, T value) {
        if (value == null) {
            throw new InvalidSpec(component, "nothing", "a value (required)");
        }
        return value;
    }

    /** A role id: lower-case letters, digits and underscores, starting with a letter. */
    static String id(String component, String value) {
        present(component, value);
        if (!value.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new InvalidSpec(component, "\"" + value + "\"", "an id of lower-case letters, digits and _, starting with a letter (at most 64)");
        }
        return value;
    }

    /** Rethrows a nested record's problem as seen from the enclosing one. */
    static <T> T within(String component, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidSpec e) {
            throw e.under(component);
        }
    }
}
