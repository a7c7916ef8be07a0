package io.salesim.core.sales;

/**
 * Risk to field salespeople: illness spells per person a year (mean length in working days)
 * and resignations per person a year, replaced after a hiring lag with a training ramp.
 * While a salesperson is ill, a senior executive or project leader covers their calendar
 * at {@code coverProductivity} if {@code coverIllness}, else their work waits (seed: the
 * simplified role "can be readily filled (on a temporary basis) by a senior executive").
 */
public record RiskSpec(double illnessSpellsPerYear, double illnessDays, boolean coverIllness, double coverProductivity,
                       double resignationsPerYear, double replacementLagWeeks, double replacementRampWeeks) {
    public RiskSpec {
        Check.nonNegative("illnessSpellsPerYear", illnessSpellsPerYear);
        Check.positive("illnessDays", illnessDays);
        Check.range("coverProductivity", coverProductivity, 0.05, 1);
        Check.nonNegative("resignationsPerYear", resignationsPerYear);
        Check.nonNegative("replacementLagWeeks", replacementLagWeeks);
        Check.nonNegative("replacementRampWeeks", replacementRampWeeks);
    }

    /** Assumption: 2 spells of ~3 days a year, covered at 70%; 10% resign a year, replaced in 8 weeks, 12-week ramp. */
    public static RiskSpec defaults() {
        return new RiskSpec(2, 3, true, 0.7, 0.1, 8, 12);
    }

    public static RiskSpec none() {
        return new RiskSpec(0, 1, false, 1, 0, 0, 0);
    }
}
