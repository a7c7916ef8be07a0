package io.salesim.core.sales;

/**
 * Orders and the service they need: the repeat-order rate of the account base, order values
 * and production hours, issues per delivered order, the quoted lead time (an order not
 * delivered by then needs a proactive update), and how repeat orders respond to service:
 * the rate is multiplied by {@code 1 + repeatLiftPerOnTimePoint × (trailing on-time % −
 * onTimeReferencePct)}, clamped to [{@code minRepeatMultiplier}, {@code maxRepeatMultiplier}],
 * where the trailing on-time % covers the last {@code onTimeWindowWeeks} weeks — the seed's
 * "unsuspected lift in transaction flow" once customer service is fixed.
 */
public record OrdersSpec(double repeatOrdersPerWeek, double repeatValuePerOrder, double repeatProductionHours,
                         double simpleProductionHours, double complexProductionHours, double productionHoursCv,
                         double issuesPerOrder, double issueDelayWeeks, double quotedLeadTimeWeeks,
                         double onTimeReferencePct, double repeatLiftPerOnTimePoint, int onTimeWindowWeeks,
                         double minRepeatMultiplier, double maxRepeatMultiplier) {

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
        Check.range("onTimeReferencePct", onTimeReferencePct, 0, 100);
        Check.range("repeatLiftPerOnTimePoint", repeatLiftPerOnTimePoint, 0, 0.1);
        Check.atLeast("onTimeWindowWeeks", onTimeWindowWeeks, 1);
        Check.range("minRepeatMultiplier", minRepeatMultiplier, 0, 1);
        Check.range("maxRepeatMultiplier", maxRepeatMultiplier, 1, 10);
    }

    /**
     * Assumptions: 60 repeat orders a week of $8k each (~$25M a year of repeat business),
     * 8 production hours each; won simple quotes 8 h and $10k, complex projects 40 h; 0.4
     * issues per delivered order about a week after delivery; 3-week quoted lead time. Each
     * on-time point above 60% (roughly the traditional level, so the traditional model runs at
     * multiplier ~1) adds 0.8% to repeat orders, up to +40%.
     */
    public static OrdersSpec defaults() {
        return new OrdersSpec(60, 8_000, 8, 8, 40, 0.5, 0.4, 1, 3, 84, 0.01, 8, 0.6, 1.4);
    }

    public OrdersSpec withRepeatLiftPerOnTimePoint(double lift) {
        return new OrdersSpec(repeatOrdersPerWeek, repeatValuePerOrder, repeatProductionHours, simpleProductionHours,
                complexProductionHours, productionHoursCv, issuesPerOrder, issueDelayWeeks, quotedLeadTimeWeeks,
                onTimeReferencePct, lift, onTimeWindowWeeks, minRepeatMultiplier, maxRepeatMultiplier);
    }
}
