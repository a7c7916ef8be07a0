package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mechanism in isolation, on the same random numbers (common seed) where two variants are compared. */
class MechanismTest {
    private static final int REPS = 10;

    /** The new model over a year after a quarter's warm-up: short enough to be fast, long enough to settle. */
    private static SalesOrgSpec newModelYear() {
        return SalesPresets.divisionOfLabour().withWeeks(65, 13).withRisk(RiskSpec.none());
    }

    @Test
    void batchingByClusterCutsTravelPerMeeting() {
        SalesOrgSpec batched = newModelYear();
        SalesOrgSpec adHoc = batched.withOperatingModel(batched.operatingModel().withScheduling(Scheduling.AD_HOC));
        ExperimentResult b = Runs.run(batched, REPS);
        ExperimentResult a = Runs.run(adHoc, REPS);
        Summary travel = Runs.paired(a, b, "sales.travel_hours_per_meeting");
        Summary perDay = Runs.paired(a, b, "sales.meetings_per_day");
        Summary perWeek = Runs.paired(a, b, "sales.bd_meetings_per_salesperson_week");
        assertTrue(travel.ciHigh() < 0, "batched - ad hoc travel hours per meeting " + travel);
        assertTrue(perDay.ciLow() > 0, "batched - ad hoc meetings per day " + perDay);
        assertTrue(perWeek.ciLow() > 0, "batched - ad hoc meetings per salesperson-week " + perWeek);
    }

    /**
     * With reach probability p per attempt and a limit of k attempts, the share of chases
     * that reach the prospect is 1 − (1 − p)^k: 0.578 for k = 3 and 0.968 for k = 12 at
     * p = 0.25 (coordinators have ample capacity here, so no chase is cut short by waiting).
     * The tolerance is 3 CI half-widths (a 95% CI alone would miss by chance 1 time in 20).
     */
    @Test
    void persistenceLimitOfThreeLosesProspectsThatTwelveWins() {
        SalesOrgSpec twelve = newModelYear();
        SalesOrgSpec three = twelve.withOperatingModel(twelve.operatingModel().withPersistenceAttempts(3));
        ExperimentResult r12 = Runs.run(twelve, REPS);
        ExperimentResult r3 = Runs.run(three, REPS);
        for (Object[] c : new Object[][] {{r3, 3}, {r12, 12}}) {
            ExperimentResult r = (ExperimentResult) c[0];
            int k = (Integer) c[1];
            double expected = 1 - Math.pow(1 - 0.25, k);
            Summary share = contactShare(r);
            assertTrue(Math.abs(share.mean() - expected) < 3 * share.halfWidth() + 1e-3,
                    "k=" + k + ": expected " + expected + ", got " + share);
        }
        Summary won = Runs.paired(r3, r12, "opportunities.won");
        assertTrue(won.ciLow() > 0, "won with 12 attempts - won with 3 " + won);
    }

    private static Summary contactShare(ExperimentResult r) {
        double[] share = new double[r.replications().size()];
        for (int i = 0; i < share.length; i++) {
            var v = r.replications().get(i).values();
            share[i] = v.get("opportunities.contacted") / v.get("opportunities.chases_ended");
        }
        return Summary.of(share);
    }

    /**
     * Customer service designated the constraint, with nobody in it: its work waits past any
     * buffer, so the rope holds and the throttled coordinator books no new meeting.
     */
    @Test
    void throttleStopsBookingWhileTheConstraintIsPastItsBuffer() {
        SalesOrgSpec base = newModelYear().withRoles(newModelYear().roles().withHeadcount("customer_service", 0))
                .withToc(TocSpec.defaults().withConstraint("customer_service"));
        ExperimentResult open = Runs.run(base, 3);
        ExperimentResult throttled = Runs.run(base.withToc(base.toc().withThrottle(true)), 3);
        assertTrue(open.summary("sales.bd_meetings_per_week").mean() > 10);
        assertEquals(0, throttled.summary("sales.bd_meetings_per_week").mean(), 1e-12);
        assertEquals(1, throttled.summary("toc.throttled_share").mean(), 1e-12);
    }

    /**
     * A factory exploiting 640 h a week against ~680 h of traditional demand runs short, so
     * its backlog passes a week of work and overtime starts: never more than 10% of practical
     * capacity (64 h), stopping again in weeks the backlog has cleared, each hour costing $45.
     * Without overtime the same orders wait longer.
     */
    @Test
    void overtimeRunsWhileTheBacklogIsHighAndStopsWhenItClears() {
        SalesOrgSpec base = SalesPresets.traditional().withWeeks(52, 0).withRisk(RiskSpec.none())
                .withProduction(ProductionSpec.defaults().withPracticalHoursPerWeek(640));
        SalesOrgSpec none = base.withProduction(base.production().withOvertimeMaxShare(0));
        for (ReplicationResult r : Runs.withWeekly(base, 3)) {
            double[] overtime = r.weekly().get("production.overtime_hours_per_week");
            double[] cost = r.weekly().get("production.overtime_cost_per_week");
            int on = 0;
            int off = 0;
            for (int w = 0; w < overtime.length; w++) {
                assertTrue(overtime[w] <= 64 + 1e-9, "at most 10% of 640 h, week " + w + ": " + overtime[w]);
                assertEquals(45 * overtime[w], cost[w], 1e-6, "each overtime hour costs $45, week " + w);
                on += overtime[w] > 0 ? 1 : 0;
                off += overtime[w] == 0 ? 1 : 0;
            }
            assertTrue(on >= 5 && off >= 5, "overtime both starts and stops: " + on + " weeks on, " + off + " off");
        }
        Summary lead = Runs.paired(Runs.run(none, 5), Runs.run(base, 5), "production.lead_time_weeks");
        assertTrue(lead.ciHigh() < 0, "lead time with overtime - without " + lead);
    }

    /**
     * Practical capacity rises only by action: four production hires at week 10 (4 weeks'
     * lag, 8 weeks' ramp from half pace) add 4 × 35 = 140 h a week once ramped, and half of
     * that on arrival; before week 14 capacity stays at the 640 h exploited at the start.
     * Payroll carries four production salaries from their arrival at week 14.
     */
    @Test
    void productionHiresAddTheirHoursOnceRamped() {
        SalesOrgSpec base = SalesPresets.traditional().withWeeks(52, 0).withRisk(RiskSpec.none())
                .withProduction(ProductionSpec.defaults().withPracticalHoursPerWeek(640).withOvertimeMaxShare(0));
        SalesOrgSpec hired = base.withPlan(List.of(new PlanStep.Hire(10, "production", 4, 4, 8, 0.5)));
        for (ReplicationResult r : Runs.withWeekly(hired, 2)) {
            double[] practical = r.weekly().get("production.practical_hours_per_week");
            assertEquals(640, practical[12], 1e-9, "before the hires arrive");
            assertEquals(640 + 140, practical[practical.length - 1], 1e-9, "four hires ramped");
            for (int w = 15; w < 22; w++) {
                assertTrue(practical[w] > 640 + 70 - 1e-9 && practical[w] <= 780 + 1e-9, "ramping, week " + w + ": " + practical[w]);
            }
        }
        ExperimentResult with = Runs.run(hired, 5);
        ExperimentResult without = Runs.run(base, 5);
        assertTrue(Runs.paired(without, with, "production.lead_time_weeks").ciHigh() < 0, "hires shorten lead times");
        Summary payroll = Runs.paired(without, with, "finance.payroll_per_year");
        assertEquals(4 * 50_000 * (52 - 14) / 52.0, payroll.mean(), 1e-6 * payroll.mean(), "four salaries from week 14, averaged over 52 weeks");
    }

    /**
     * Repeat orders run at 60 a week × (1 + lift × (trailing on-time % − 84)). With the new
     * model's on-time % near 98, a lift of 0.01 per point should add about 60 × 0.14 ≈ 8
     * orders a week over no lift, on the same random numbers. The multiplier moves with the
     * trailing on-time %, so the check allows ±50% around 60 × (final multiplier − 1).
     */
    @Test
    void betterOnTimeServiceLiftsRepeatOrders() {
        SalesOrgSpec lift = newModelYear();
        SalesOrgSpec none = lift.withService(lift.service().withRepeatLiftPerOnTimePoint(0));
        ExperimentResult withLift = Runs.run(lift, REPS);
        ExperimentResult without = Runs.run(none, REPS);
        double multiplier = withLift.summary("cs.repeat_order_multiplier").mean();
        double onTime = withLift.summary("cs.on_time_pct").mean();
        assertEquals(1 + 0.01 * (onTime - 84), multiplier, 0.02, "multiplier follows the trailing on-time %");
        Summary extra = Runs.paired(without, withLift, "orders.created_per_week");
        double expected = 60 * (multiplier - 1);
        assertTrue(extra.ciLow() > 0, "extra orders a week " + extra);
        assertTrue(extra.mean() > 0.5 * expected && extra.mean() < 1.5 * expected, "expected ~" + expected + ", got " + extra);
    }
}
