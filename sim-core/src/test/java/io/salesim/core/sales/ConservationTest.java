package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.stats.Summary;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants every preset must keep, replication by replication. */
class ConservationTest {

    static Stream<SalesOrgSpec> presets() {
        return Stream.of(SalesPresets.traditional(), SalesPresets.divisionOfLabour(),
                SalesPresets.transitionFactoryDoorFirst(), SalesPresets.transitionPromotionsFirst(),
                SalesPresets.transitionSalespeopleFirst(), SalesPresets.productionConstrainedNoThrottle());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyOpportunityAndOrderIsAccountedFor(SalesOrgSpec spec) {
        ExperimentResult result = Runs.preset(spec, Runs.PRESET_REPLICATIONS);
        for (ReplicationResult r : result.replications()) {
            var v = r.values();
            assertEquals(v.get("opportunities.created"),
                    v.get("opportunities.won") + v.get("opportunities.lost") + v.get("opportunities.abandoned")
                            + v.get("opportunities.open"), 1e-9, spec.name());
            assertEquals(v.get("orders.created"), v.get("orders.delivered") + v.get("orders.cancelled") + v.get("orders.lapsed")
                    + v.get("orders.open"), 1e-9, spec.name());
            assertTrue(v.get("opportunities.created") > 0 && v.get("orders.created") > 0);
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void busyTimeNeverExceedsAvailableTime(SalesOrgSpec spec) {
        List<ReplicationResult> replications = Runs.withWeekly(spec, 10);
        for (String role : spec.reportedRoles()) {
            String metric = "role." + role + ".utilization";
            for (ReplicationResult r : replications) {
                double u = r.values().get(metric);
                assertTrue(Double.isNaN(u) || (u >= 0 && u <= 1 + 1e-9), metric + " = " + u);
                for (double week : r.weekly().get(metric)) {
                    assertTrue(Double.isNaN(week) || (week >= 0 && week <= 1 + 1e-9), metric + " weekly = " + week);
                }
            }
        }
    }

    @Test
    void rolesWithoutPeopleReportNaNUtilisation() {
        for (SalesOrgSpec spec : List.of(SalesPresets.traditional(), SalesPresets.divisionOfLabour())) {
            ExperimentResult result = Runs.preset(spec, Runs.PRESET_REPLICATIONS);
            int checked = 0;
            for (RoleSpec role : spec.roles().working()) {
                if (role.headcount() == 0) {
                    assertTrue(Double.isNaN(result.summary("role." + role.id() + ".utilization").mean()), role.id());
                    checked++;
                }
            }
            assertTrue(checked > 0, "each steady preset leaves some role empty (traditional: coordinators; new model: inside sales)");
        }
    }

    /**
     * Little's law, L = λW, on the opportunity and order populations: per replication the
     * time-average number open, the creation rate and the mean time from creation to close,
     * all after warm-up. Edge effects bias λW: an item open at the horizon counts in L but not
     * in W, one that straddles the warm-up counts whole in W but only in part in L; either way
     * by at most its time in the system, so the bias relative to L is at most about W / T
     * (mean time in the system over the measured window). The CI of the per-replication
     * relative difference must lie within ±(2% + W / T): ±5% for the steady organisations
     * and for orders, a little more for transitions whose opportunities take ten weeks.
     */
    @ParameterizedTest
    @MethodSource("presets")
    void littlesLawHoldsForOpportunitiesAndOrders(SalesOrgSpec spec) {
        ExperimentResult result = Runs.preset(spec, Runs.PRESET_REPLICATIONS);
        double measuredWeeks = spec.horizonWeeks() - spec.warmupWeeks();
        for (String[] population : new String[][] {
                {"opportunities", "opportunities.open_mean", "opportunities.created_per_week", "sales.cycle_weeks"},
                {"orders", "orders.open_mean", "orders.created_per_week", "production.lead_time_weeks"}}) {
            Summary gap = relativeGap(result, population[1], population[2], population[3]);
            double bound = Math.max(0.05, 0.02 + result.summary(population[3]).mean() / measuredWeeks);
            assertTrue(gap.ciLow() > -bound && gap.ciHigh() < bound, spec.name() + " " + population[0] + " " + gap + ", bound " + bound);
        }
    }

    /**
     * Little's law on every role's queue, from the resource's own statistics: the time-average
     * queue length against departures per hour × mean wait (every departure counts: served,
     * lapsed or moved). Edge effects at the warm-up and horizon leave a few percent, so the
     * CI of the relative gap must lie within ±5% for every role with a queue worth measuring.
     * The steady organisations only: a transition moves a whole queue at its first step, so its
     * waits from before the warm-up land inside the measured window (an edge effect by design).
     */
    @ParameterizedTest
    @MethodSource("steadyPresets")
    void littlesLawHoldsOnEveryRolesQueue(SalesOrgSpec spec) {
        ExperimentResult result = Runs.preset(spec, Runs.PRESET_REPLICATIONS);
        int checked = 0;
        for (String role : spec.reportedRoles()) {
            String prefix = "role." + role;
            if (!(result.summary(prefix + ".queue_length").mean() > 0.5)) {
                continue; // next to no queue: the relative gap is noise over a near-zero L
            }
            double[] gap = new double[result.replications().size()];
            for (int i = 0; i < gap.length; i++) {
                var v = result.replications().get(i).values();
                double l = v.get(prefix + ".queue_length");
                double lambdaPerHour = v.get(prefix + ".queue_departures_per_week") / 168.0;
                gap[i] = (l - lambdaPerHour * v.get(prefix + ".wait_hours")) / l;
            }
            Summary g = Summary.of(gap);
            assertTrue(g.ciLow() > -0.05 && g.ciHigh() < 0.05, spec.name() + " " + role + " L vs λW: " + g);
            checked++;
        }
        assertTrue(checked >= 2, spec.name() + ": checked " + checked + " queues");
    }

    static Stream<SalesOrgSpec> steadyPresets() {
        return Stream.of(SalesPresets.traditional(), SalesPresets.divisionOfLabour());
    }

    private static Summary relativeGap(ExperimentResult result, String level, String ratePerWeek, String weeks) {
        double[] gap = new double[result.replications().size()];
        for (int i = 0; i < gap.length; i++) {
            var v = result.replications().get(i).values();
            double l = v.get(level);
            gap[i] = (l - v.get(ratePerWeek) * v.get(weeks)) / l;
        }
        return Summary.of(gap);
    }
}
