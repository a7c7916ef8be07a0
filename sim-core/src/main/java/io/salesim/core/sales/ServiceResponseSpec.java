package io.salesim.core.sales;

/**
 * How customers respond to service — every response an assumption, since the seed names the
 * effects but gives no sizes. Repeat orders run at the base rate × a multiplier:
 * {@code 1 + repeatLiftPerOnTimePoint × (trailing CS on-time % − csOnTimeReferencePct)
 * − repeatLossPerLatePoint × (deliveryOnTimeReferencePct − trailing delivery on-time %)},
 * clamped to [{@code minRepeatMultiplier}, {@code maxRepeatMultiplier}], both percentages over
 * the last {@code windowWeeks} weeks (the seed's "unsuspected lift in transaction flow" once
 * customer service is fixed, and its warning that poor service costs repeat business). An
 * order not delivered by its promised date and not yet in production is cancelled with
 * probability {@code cancelProbabilityPerLateWeek} each week it stays late; a late delivery
 * raises {@code extraIssuesPerLateWeek} more issues per week late.
 */
public record ServiceResponseSpec(double csOnTimeReferencePct, double repeatLiftPerOnTimePoint,
                                  double deliveryOnTimeReferencePct, double repeatLossPerLatePoint, int windowWeeks,
                                  double minRepeatMultiplier, double maxRepeatMultiplier,
                                  double cancelProbabilityPerLateWeek, double extraIssuesPerLateWeek) {
    public ServiceResponseSpec {
        Check.range("csOnTimeReferencePct", csOnTimeReferencePct, 0, 100);
        Check.range("repeatLiftPerOnTimePoint", repeatLiftPerOnTimePoint, 0, 0.1);
        Check.range("deliveryOnTimeReferencePct", deliveryOnTimeReferencePct, 0, 100);
        Check.range("repeatLossPerLatePoint", repeatLossPerLatePoint, 0, 0.1);
        Check.atLeast("windowWeeks", windowWeeks, 1);
        Check.range("minRepeatMultiplier", minRepeatMultiplier, 0, 1);
        Check.range("maxRepeatMultiplier", maxRepeatMultiplier, 1, 10);
        Check.probability("cancelProbabilityPerLateWeek", cancelProbabilityPerLateWeek);
        Check.range("extraIssuesPerLateWeek", extraIssuesPerLateWeek, 0, 10);
    }

    /**
     * Assumptions. CS: the traditional on-time % (84) is the level at which repeat orders run
     * at their base rate; each point above adds 1% (so the new model's ~98% lifts them ~14%),
     * judged over 8 weeks, within ×0.6–×1.4. Deliveries: every order on time is the base; each
     * point of late deliveries costs 0.5% of repeat orders (a customer whose order is late
     * buys less often, a smaller effect per point than poor service because it is the
     * factory's, not the account team's). A tenth of late orders still waiting are cancelled
     * each week they stay late, and a late delivery brings 0.2 more issues per week late.
     */
    public static ServiceResponseSpec defaults() {
        return new ServiceResponseSpec(84, 0.01, 100, 0.005, 8, 0.6, 1.4, 0.1, 0.2);
    }

    public ServiceResponseSpec withRepeatLiftPerOnTimePoint(double lift) {
        return new ServiceResponseSpec(csOnTimeReferencePct, lift, deliveryOnTimeReferencePct, repeatLossPerLatePoint,
                windowWeeks, minRepeatMultiplier, maxRepeatMultiplier, cancelProbabilityPerLateWeek, extraIssuesPerLateWeek);
    }

    /** No response to service at all: repeat orders at their base rate, no cancellations, no extra issues. */
    public ServiceResponseSpec indifferent() {
        return new ServiceResponseSpec(csOnTimeReferencePct, 0, deliveryOnTimeReferencePct, 0, windowWeeks,
                minRepeatMultiplier, maxRepeatMultiplier, 0, 0);
    }
}
