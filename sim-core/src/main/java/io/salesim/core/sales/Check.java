package io.salesim.core.sales;

/** Validation helpers for the spec records; messages name the snake_case key a scenario file uses. */
final class Check {
    private Check() {
    }

    static double nonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + ": found " + value + "; allowed a finite number >= 0");
        }
        return value;
    }

    static double positive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + ": found " + value + "; allowed a finite number > 0");
        }
        return value;
    }

    static double probability(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + ": found " + value + "; allowed a probability in [0, 1]");
        }
        return value;
    }

    static double range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + ": found " + value + "; allowed [" + min + ", " + max + "]");
        }
        return value;
    }

    static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + ": found " + value + "; allowed an integer >= " + min);
        }
        return value;
    }

    static <T> T present(String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException(key + ": missing; a value is required");
        }
        return value;
    }
}
