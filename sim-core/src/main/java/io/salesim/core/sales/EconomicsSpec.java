package io.salesim.core.sales;

/**
 * Money: the share of revenue that is truly variable cost (throughput = revenue × (1 − it)),
 * the operating expense other than the modelled payroll ($ a week), what field travel costs
 * ($ per hour on the road — driving, local hops and the hours of a flight — and $ per flight),
 * and the office cost of each field location ($ a year). A field location is where a field
 * salesperson is based (a desk in a field office, or a home office): one per field
 * salesperson on staff, so it follows the field team's head count.
 */
public record EconomicsSpec(double variableCostShare, double otherOperatingExpensePerWeek, double travelCostPerHour,
                            double costPerFlight, double fieldOfficeCostPerYear) {
    public EconomicsSpec {
        Check.probability("variableCostShare", variableCostShare);
        Check.nonNegative("otherOperatingExpensePerWeek", otherOperatingExpensePerWeek);
        Check.nonNegative("travelCostPerHour", travelCostPerHour);
        Check.nonNegative("costPerFlight", costPerFlight);
        Check.nonNegative("fieldOfficeCostPerYear", fieldOfficeCostPerYear);
    }

    /**
     * Assumption: 60% of revenue is material and subcontract; $250k a week of other expense
     * (factory, overheads). Travel: $35 an hour on the road (a car at the IRS 2024 mileage rate
     * of $0.67 a mile, ~$0.42/km, at the 80 km/h drive speed is ~$33 an hour; rounded up for
     * parking and meals) and $350 a flight (a one-way domestic economy fare booked at short
     * notice). Offices: $12,000 a year per field location (~$1,000 a month for a desk in a
     * serviced office or a home office's phone, internet and equipment).
     */
    public static EconomicsSpec defaults() {
        return new EconomicsSpec(0.6, 250_000, 35, 350, 12_000);
    }

    public EconomicsSpec withTravelCosts(double perHour, double perFlight) {
        return new EconomicsSpec(variableCostShare, otherOperatingExpensePerWeek, perHour, perFlight, fieldOfficeCostPerYear);
    }

    public EconomicsSpec withFieldOfficeCostPerYear(double perYear) {
        return new EconomicsSpec(variableCostShare, otherOperatingExpensePerWeek, travelCostPerHour, costPerFlight, perYear);
    }
}
