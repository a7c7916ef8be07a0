package io.salesim.core.sales;

/**
 * The factory: {@code lines} work centres in parallel (1: a single centre) sharing the
 * capacity, in production hours a week. Nominal capacity is what the machines could do on
 * paper; practical capacity is what the workforce and procedures exploit today. Practical
 * capacity rises only by explicit action (seed: "it takes quite some time to exploit this
 * capacity, in practice"): plan steps that hire production people ({@code hoursPerHireWeek}
 * each, after a lag and a ramp, at {@code salaryPerHire}) or improve the pace, and overtime —
 * while the backlog exceeds {@code overtimeTriggerWeeks} of practical capacity, up to
 * {@code overtimeMaxShare} more hours at {@code overtimeCostPerHour}, which stops (and the
 * capacity falls back) when the backlog clears. Never beyond nominal.
 */
public record ProductionSpec(int lines, double nominalHoursPerWeek, double practicalHoursPerWeek, double overtimeMaxShare,
                             double overtimeTriggerWeeks, double overtimeCostPerHour, double hoursPerHireWeek,
                             double salaryPerHire, double maxUtilization) {
    public ProductionSpec {
        Check.atLeast("lines", lines, 1);
        Check.positive("nominalHoursPerWeek", nominalHoursPerWeek);
        Check.positive("practicalHoursPerWeek", practicalHoursPerWeek);
        if (practicalHoursPerWeek > nominalHoursPerWeek) {
            throw new InvalidSpec("practicalHoursPerWeek", practicalHoursPerWeek,
                    "at most nominal_hours_per_week (" + nominalHoursPerWeek + ")");
        }
        Check.range("overtimeMaxShare", overtimeMaxShare, 0, 1);
        Check.nonNegative("overtimeTriggerWeeks", overtimeTriggerWeeks);
        Check.nonNegative("overtimeCostPerHour", overtimeCostPerHour);
        Check.positive("hoursPerHireWeek", hoursPerHireWeek);
        Check.nonNegative("salaryPerHire", salaryPerHire);
        Check.range("maxUtilization", maxUtilization, 0.05, 1);
    }

    /**
     * Assumptions: one centre; 1,100 h a week on paper, 850 h exploited today (traditional
     * load ≈ 680 h, 80% busy); overtime of up to 10% more hours while more than a week of work
     * waits, at $45 an hour (a loaded production hour of ~$30 at time and a half); a production
     * hire adds 35 production hours a week (a 40-hour week less set-ups) at $50k a year.
     */
    public static ProductionSpec defaults() {
        return new ProductionSpec(1, 1100, 850, 0.1, 1.0, 45, 35, 50_000, 0.9);
    }

    public ProductionSpec withPracticalHoursPerWeek(double hours) {
        return new ProductionSpec(lines, nominalHoursPerWeek, hours, overtimeMaxShare, overtimeTriggerWeeks, overtimeCostPerHour,
                hoursPerHireWeek, salaryPerHire, maxUtilization);
    }

    public ProductionSpec withOvertimeMaxShare(double share) {
        return new ProductionSpec(lines, nominalHoursPerWeek, practicalHoursPerWeek, share, overtimeTriggerWeeks,
                overtimeCostPerHour, hoursPerHireWeek, salaryPerHire, maxUtilization);
    }
}
