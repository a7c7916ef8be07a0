package io.salesim.core.engine;

import java.util.Objects;

/**
 * What a metric means, declared where the metric is defined: its unit, which way is better,
 * and how much it matters to a reader — {@code board} for what a board asks first (money, the
 * constraint, shortfalls of protective capacity, payroll and expense), {@code headline} for
 * the other figures worth a line in a short table, {@code detail} for the rest.
 */
public record Meaning(String unit, MetricDirection direction, Importance importance) {

    /** How prominently a metric is shown. */
    public enum Importance {
        BOARD,
        HEADLINE,
        DETAIL
    }

    public Meaning {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(importance, "importance");
    }

    public static Meaning higher(String unit) {
        return new Meaning(unit, MetricDirection.HIGHER_IS_BETTER, Importance.DETAIL);
    }

    public static Meaning lower(String unit) {
        return new Meaning(unit, MetricDirection.LOWER_IS_BETTER, Importance.DETAIL);
    }

    public static Meaning neutral(String unit) {
        return new Meaning(unit, MetricDirection.NEUTRAL, Importance.DETAIL);
    }

    public Meaning headline() {
        return new Meaning(unit, direction, Importance.HEADLINE);
    }

    public Meaning board() {
        return new Meaning(unit, direction, Importance.BOARD);
    }

    public boolean isHeadline() {
        return importance != Importance.DETAIL;
    }
}
