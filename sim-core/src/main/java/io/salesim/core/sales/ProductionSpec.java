package io.salesim.core.sales;

/**
 * The factory: nominal capacity ("on paper") and the capacity exploited in practice at the
 * start, both in production hours a week. While the backlog exceeds
 * {@code rampTriggerWeeks} weeks of practical capacity, practical capacity rises by
 * {@code rampHoursPerWeek} each week toward nominal (seed: "it takes quite some time to
 * exploit this capacity, in practice").
 */
public record ProductionSpec(double nominalHoursPerWeek, double practicalHoursPerWeek, double rampHoursPerWeek,
                             double rampTriggerWeeks, double maxUtilization) {
    public ProductionSpec {
        Check.positive("nominalHoursPerWeek", nominalHoursPerWeek);
        Check.positive("practicalHoursPerWeek", practicalHoursPerWeek);
        if (practicalHoursPerWeek > nominalHoursPerWeek) {
            throw new InvalidSpec("practicalHoursPerWeek", practicalHoursPerWeek,
                    "at most nominal_hours_per_week (" + nominalHoursPerWeek + ")");
        }
        Check.nonNegative("rampHoursPerWeek", rampHoursPerWeek);
        Check.nonNegative("rampTriggerWeeks", rampTriggerWeeks);
        Check.range("maxUtilization", maxUtilization, 0.05, 1);
    }

    /** Assumption: 1,000 h a week on paper, 800 h exploited today, +10 h a week once a week's backlog builds. */
    public static ProductionSpec defaults() {
        return new ProductionSpec(1100, 850, 10, 1.0, 0.9);
    }

    public ProductionSpec withRamp(double hoursPerWeek) {
        return new ProductionSpec(nominalHoursPerWeek, practicalHoursPerWeek, hoursPerWeek, rampTriggerWeeks, maxUtilization);
    }

    public ProductionSpec withPracticalHoursPerWeek(double hours) {
        return new ProductionSpec(nominalHoursPerWeek, hours, rampHoursPerWeek, rampTriggerWeeks, maxUtilization);
    }
}
