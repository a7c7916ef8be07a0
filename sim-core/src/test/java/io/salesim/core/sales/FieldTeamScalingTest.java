package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The field team's and the meeting planner's work per event does not grow with the size of
 * the firm (issue 15). Not timed: {@link SalesOrganisation#fieldOperations()} counts the loop
 * steps of their per-event work that could grow with head count (walks over the team, a
 * cluster's pool, the days meetings become free), while finding a meeting's day, membership
 * and a salesperson's position are tree or index look-ups (O(log n)). The firm is scaled
 * with {@link SalesOrgSpec#scaledBy}: 10 times the people in every role, the market's
 * opportunity rates, the repeat orders and the factory's hours, so the event count grows
 * about tenfold. Work that scanned the team per event would put about ten times the steps
 * on each event; work of O(1) per event about the same. The bound is the geometric middle
 * of the two, √10: any growth with head count of order n^½ or more fails.
 */
class FieldTeamScalingTest {
    private static final int FACTOR = 10;

    private record Cost(long events, long operations) {
        double perEvent() {
            return (double) operations / events;
        }
    }

    private static Cost run(SalesOrgSpec spec) {
        SalesOrganisation model = new SalesOrganisation(spec);
        model.run(Runs.SEED, 0);
        return new Cost(model.eventsExecuted(), model.fieldOperations());
    }

    private static void check(SalesOrgSpec spec) {
        Cost small = run(spec);
        Cost large = run(spec.scaledBy(FACTOR));
        // the firm really is ten times as large: events grow about tenfold (between √10 and 10√10)
        double eventGrowth = (double) large.events() / small.events();
        assertTrue(eventGrowth > Math.sqrt(FACTOR) && eventGrowth < FACTOR * Math.sqrt(FACTOR),
                spec.name() + ": events grew " + eventGrowth + "x at " + FACTOR + "x");
        assertTrue(small.operations() > 0, spec.name() + ": the counted loops ran");
        double growth = large.perEvent() / small.perEvent();
        System.out.printf("%s: %d events, %.3f counted steps/event; x%d: %d events, %.3f steps/event (%.2fx)%n", spec.name(),
                small.events(), small.perEvent(), FACTOR, large.events(), large.perEvent(), growth);
        assertTrue(growth < Math.sqrt(FACTOR), spec.name() + ": steps per event grew " + growth + "x from "
                + spec.roles().find(RolesSpec.FIELD_SALES).orElseThrow().headcount() + " to " + FACTOR + "x the firm");
    }

    @Test
    void batchedPlanningCostsTheSamePerEventInATenTimesLargerFirm() {
        SalesOrgSpec spec = SalesPresets.divisionOfLabour();
        assertEquals(Scheduling.BATCHED, spec.operatingModel().scheduling(), "the coordinator plans days (place, planDays)");
        check(spec);
    }

    @Test
    void adHocTeamCostsTheSamePerEventInATenTimesLargerFirm() {
        check(SalesOrgSpec.defaults());
    }
}
