package io.salesim.core.sales;

/**
 * Money: the share of revenue that is truly variable cost (throughput = revenue × (1 − it))
 * and the operating expense other than the modelled payroll, $ a week.
 */
public record EconomicsSpec(double variableCostShare, double otherOperatingExpensePerWeek) {
    public EconomicsSpec {
        Check.probability("variableCostShare", variableCostShare);
        Check.nonNegative("otherOperatingExpensePerWeek", otherOperatingExpensePerWeek);
    }

    /** Assumption: 60% of revenue is material and subcontract; $250k a week of other expense (factory, overheads). */
    public static EconomicsSpec defaults() {
        return new EconomicsSpec(0.6, 250_000);
    }
}
