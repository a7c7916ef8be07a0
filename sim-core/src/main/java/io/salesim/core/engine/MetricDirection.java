package io.salesim.core.engine;

/**
 * Which way a metric is better: higher, lower, or neither (neutral: counts and inputs such as
 * head counts, intermediate quantities such as utilisation, whose meaning depends on the
 * question). Declared with the metric ({@link Meaning}), never guessed from its name.
 */
public enum MetricDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL;

    public boolean higherIsBetter() {
        return this == HIGHER_IS_BETTER;
    }

    public boolean isNeutral() {
        return this == NEUTRAL;
    }

    /** The word a file or a report uses: higher, lower or neutral. */
    public String id() {
        return switch (this) {
            case HIGHER_IS_BETTER -> "higher";
            case LOWER_IS_BETTER -> "lower";
            case NEUTRAL -> "neutral";
        };
    }

    public static MetricDirection fromId(String id) {
        return switch (id) {
            case "higher" -> HIGHER_IS_BETTER;
            case "lower" -> LOWER_IS_BETTER;
            case "neutral" -> NEUTRAL;
            default -> throw new IllegalArgumentException("a direction is higher, lower or neutral, was " + id);
        };
    }
}
