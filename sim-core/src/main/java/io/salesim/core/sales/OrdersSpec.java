package io.salesim.core.sales;

/**
 * Orders and the service they need: the repeat-order rate of the account base, order values
 * and production hours, issues per delivered order, and the quoted lead time (an order not
 * delivered by then is late: it needs a proactive update each week, may be cancelled, and
 * costs repeat business — {@link ServiceResponseSpec}).
 */
public record OrdersSpec(double repeatOrdersPerWeek, double repeatValuePerOrder, double repeatProductionHours,
                         double simpleProductionHours, double complexProductionHours, double productionHoursCv,
                         double issuesPerOrder, double issueDelayWeeks, double quotedLeadTimeWeeks) {

    public OrdersSpec {
        Check.nonNegative("repeatOrdersPerWeek", repeatOrdersPerWeek);
        Check.nonNegative("repeatValuePerOrder", repeatValuePerOrder);
        Check.positive("repeatProductionHours", repeatProductionHours);
        Check.positive("simpleProductionHours", simpleProductionHours);
        Check.positive("complexProductionHours", complexProductionHours);
        Check.range("productionHoursCv", productionHoursCv, 0, 3);
        Check.nonNegative("issuesPerOrder", issuesPerOrder);
        Check.positive("issueDelayWeeks", issueDelayWeeks);
        Check.positive("quotedLeadTimeWeeks", quotedLeadTimeWeeks);
    }

    /**
     * Assumptions: 60 repeat orders a week of $8k each (~$25M a year of repeat business),
     * 8 production hours each; won simple quotes 8 h and $10k, complex projects 40 h; 0.4
     * issues per delivered order about a week after delivery; 3-week quoted lead time.
     */
    public static OrdersSpec defaults() {
        return new OrdersSpec(60, 8_000, 8, 8, 40, 0.5, 0.4, 1, 3);
    }

    public OrdersSpec withComplexProductionHours(double hours) {
        return new OrdersSpec(repeatOrdersPerWeek, repeatValuePerOrder, repeatProductionHours, simpleProductionHours, hours,
                productionHoursCv, issuesPerOrder, issueDelayWeeks, quotedLeadTimeWeeks);
    }
}
