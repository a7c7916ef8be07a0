package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * Closed (CONWIP) lines against Factory Physics' three curves (Hopp and Spearman, ch. 7) on
 * the Penny Fab: four single-machine stations of t = 2 h each, so the bottleneck rate is
 * r_b = 1/2 per hour, the raw process time T0 = 8 h and the critical WIP W0 = r_b T0 = 4.
 * <ul>
 *   <li>best case: TH = min(W/T0, r_b), CT = max(T0, W/r_b) — deterministic process times;</li>
 *   <li>worst case: TH = 1/T0, CT = W T0;</li>
 *   <li>practical worst case: TH = W/(W0 + W − 1) r_b, CT = T0 + (W − 1)/r_b — a balanced line of
 *       exponential single servers, whose mean-value analysis gives exactly this.</li>
 * </ul>
 */
class ClosedLineTest {
    private static final double HOURS = 2;
    private static final int STATIONS = 4;
    private static final double RB = 1 / HOURS;
    private static final double T0 = STATIONS * HOURS;
    private static final double W0 = RB * T0;
    private static final int[] WIPS = {1, 2, 4, 6, 10};
    /** Floating rounding of sums over a few hundred items, relative. */
    private static final double ROUNDING = 1e-9;

    static double bestThroughputPerHour(int w) {
        return Math.min(w / T0, RB);
    }

    static double bestCycleHours(int w) {
        return Math.max(T0, w / RB);
    }

    static double worstThroughputPerHour(int w) {
        return 1 / T0;
    }

    static double worstCycleHours(int w) {
        return w * T0;
    }

    static double practicalWorstThroughputPerHour(int w) {
        return w / (W0 + w - 1) * RB;
    }

    static double practicalWorstCycleHours(int w) {
        return T0 + (w - 1) / RB;
    }

    /**
     * Exact mean-value analysis of a closed line of single exponential servers with mean
     * process times {@code hours} and {@code w} items: R_i(n) = t_i (1 + L_i(n − 1)),
     * X(n) = n / Σ R_i(n), L_i(n) = X(n) R_i(n) (Reiser and Lavenberg, 1980). Returns {X, Σ R}.
     */
    static double[] meanValueAnalysis(double[] hours, int w) {
        double[] queue = new double[hours.length];
        double throughput = 0;
        double cycle = 0;
        for (int n = 1; n <= w; n++) {
            double[] residence = new double[hours.length];
            cycle = 0;
            for (int i = 0; i < hours.length; i++) {
                residence[i] = hours[i] * (1 + queue[i]);
                cycle += residence[i];
            }
            throughput = n / cycle;
            for (int i = 0; i < hours.length; i++) {
                queue[i] = throughput * residence[i];
            }
        }
        return new double[] {throughput, cycle};
    }

    @Test
    void theCurvesOrderAsTheBookSaysAndMeanValueAnalysisIsThePracticalWorstCase() {
        for (int w = 1; w <= 20; w++) {
            assertTrue(worstThroughputPerHour(w) <= practicalWorstThroughputPerHour(w) + 1e-15, "W = " + w);
            assertTrue(practicalWorstThroughputPerHour(w) <= bestThroughputPerHour(w) + 1e-15, "W = " + w);
            assertTrue(bestCycleHours(w) <= practicalWorstCycleHours(w) && practicalWorstCycleHours(w) <= worstCycleHours(w), "W = " + w);
            double[] mva = meanValueAnalysis(new double[] {HOURS, HOURS, HOURS, HOURS}, w);
            assertEquals(practicalWorstThroughputPerHour(w), mva[0], 1e-12, "W = " + w);
            assertEquals(practicalWorstCycleHours(w), mva[1], 1e-12, "W = " + w);
        }
        // all three agree with one item in the line: it never waits
        assertEquals(bestThroughputPerHour(1), worstThroughputPerHour(1), 0);
        assertEquals(bestThroughputPerHour(1), practicalWorstThroughputPerHour(1), 1e-15);
    }

    /**
     * Deterministic 2 h stations give exactly the best case. Departures fall on even hours, so a
     * window from 169 h (odd: no departure at its ends) over four weeks (84 cycles of 8 h)
     * counts every cycle whole; the items that waited longer at the start (CT &lt; 2W, out by
     * 2W − 2 h) have left before it opens.
     */
    @Test
    void deterministicStationsGiveExactlyTheBestCase() {
        double warmupHours = 169;
        double horizonHours = warmupHours + 4 * 168;
        for (int w : WIPS) {
            FlowLineSpec spec = ClassicLines.pennyFab(w, new DistributionSpec.Constant(HOURS), horizonHours, warmupHours);
            ReplicationResult result = new FlowLine(spec).run(1, 0);
            double throughputPerWeek = result.values().get("system.throughput_per_week");
            double cycleHours = result.values().get("system.time_in_system_hours");
            double wip = result.values().get("system.wip");
            assertEquals(bestThroughputPerHour(w) * 168, throughputPerWeek, ROUNDING * throughputPerWeek, "TH at W = " + w);
            assertEquals(bestCycleHours(w), cycleHours, ROUNDING * cycleHours, "CT at W = " + w);
            assertEquals(w, wip, ROUNDING * w, "the WIP is fixed at W = " + w);
            // Little's law, exactly: W = TH × CT
            assertEquals(wip, throughputPerWeek / 168 * cycleHours, ROUNDING * w, "Little's law at W = " + w);
            // every station busy min(W/W0, 1) of the time; the first one holds the queue beyond W0
            for (StationSpec station : spec.stations()) {
                assertEquals(Math.min(w / W0, 1), result.values().get("station." + station.name() + ".utilization"), ROUNDING,
                        station.name() + " at W = " + w);
            }
            assertEquals(Math.max(0, w - W0), result.values().get("station.head_stamp.queue_length"), ROUNDING, "W = " + w);
        }
    }

    /**
     * In the deterministic Penny Fab every machine is a bottleneck: each week the four tie on
     * every criterion of the shifting-bottleneck rule (same longest active period, same active
     * hours, same utilisation), so each is the bottleneck with probability 1/4 — though the
     * first machine holds all W items at time 0 and hands work round in a circle at one instant.
     */
    @Test
    void aBalancedClosedLineSharesTheBottleneck() {
        for (int w : WIPS) {
            FlowLineSpec spec = ClassicLines.pennyFab(w, new DistributionSpec.Constant(HOURS), 5 * 168, 168);
            ReplicationResult result = new FlowLine(spec).run(1, 0);
            for (StationSpec station : spec.stations()) {
                assertEquals(0.25, result.values().get("station." + station.name() + ".bottleneck_probability"), 1e-12,
                        station.name() + " at W = " + w);
            }
        }
    }

    /**
     * Exponential stations with mean 2 h: the across-replication intervals of throughput and
     * cycle time cover the practical worst case at every W, one 95% level for the family of
     * 2 × 5 checks (Bonferroni); the WIP is W exactly in every replication.
     */
    @Test
    void exponentialStationsGiveThePracticalWorstCase() {
        int checks = 2 * WIPS.length;
        double confidence = 1 - 0.05 / checks;
        StringBuilder misses = new StringBuilder();
        for (int w : WIPS) {
            // a closed line of four stations settles within a few cycles (tens of hours); 10 weeks of warm-up is ample
            FlowLineSpec spec = ClassicLines.pennyFab(w, new DistributionSpec.Exponential(HOURS), 100 * 168, 10 * 168);
            ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(20), 13, 2);
            Summary throughput = Summary.of(result.values("system.throughput_per_week"), confidence);
            Summary cycle = Summary.of(result.values("system.time_in_system_hours"), confidence);
            double expectedThroughput = practicalWorstThroughputPerHour(w) * 168;
            double expectedCycle = practicalWorstCycleHours(w);
            if (!throughput.covers(expectedThroughput)) {
                misses.append(String.format("%nW = %d: TH expected %.4f/week, CI [%.4f, %.4f]", w, expectedThroughput,
                        throughput.ciLow(), throughput.ciHigh()));
            }
            if (!cycle.covers(expectedCycle)) {
                misses.append(String.format("%nW = %d: CT expected %.4f h, CI [%.4f, %.4f]", w, expectedCycle, cycle.ciLow(), cycle.ciHigh()));
            }
            for (double wip : result.values("system.wip")) {
                assertEquals(w, wip, ROUNDING * w, "the WIP is fixed at W = " + w);
            }
            if (w > 1) {
                // strictly between the worst and the best case: variability costs, but not everything
                assertTrue(throughput.ciLow() > worstThroughputPerHour(w) * 168 && throughput.ciHigh() < bestThroughputPerHour(w) * 168,
                        "W = " + w + ": " + throughput);
            }
        }
        assertTrue(misses.length() == 0, "practical worst case outside the intervals:" + misses);
    }

    /**
     * Little's law on a closed line, W = TH × CT: per replication W − λ̂ CT (λ̂: departures per
     * hour after warm-up) is zero but for the items in the line at the window's ends, so its CI
     * covers 0 at each W (one 99% level for the family, as in {@link LittlesLawTest}).
     */
    @Test
    void littlesLawHoldsOnAClosedLine() {
        StringBuilder misses = new StringBuilder();
        for (int w : WIPS) {
            FlowLineSpec spec = ClassicLines.pennyFab(w, new DistributionSpec.Exponential(HOURS), 100 * 168, 10 * 168);
            ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(20), 14, 2);
            double[] wip = result.values("system.wip");
            double[] throughput = result.values("system.throughput_per_week");
            double[] cycle = result.values("system.time_in_system_hours");
            double[] gap = new double[wip.length];
            for (int r = 0; r < gap.length; r++) {
                gap[r] = wip[r] - throughput[r] / 168 * cycle[r];
            }
            Summary difference = Summary.of(gap, 1 - 0.01 / WIPS.length);
            if (!difference.covers(0)) {
                misses.append(String.format("%nW = %d: W − TH·CT in [%.5f, %.5f]", w, difference.ciLow(), difference.ciHigh()));
            }
        }
        assertTrue(misses.length() == 0, "Little's law violated:" + misses);
    }

    /**
     * An unbalanced closed line (1, 3, 2 and 1.5 h, exponential): the bottleneck (3 h) caps
     * throughput at 1/3 per hour, and mean-value analysis gives the exact values at W = 3 and 8;
     * one 95% level for the 4 checks.
     */
    @Test
    void anUnbalancedExponentialLineMatchesMeanValueAnalysis() {
        double[] hours = {1, 3, 2, 1.5};
        int[] wips = {3, 8};
        double confidence = 1 - 0.05 / (2 * wips.length);
        StringBuilder misses = new StringBuilder();
        for (int w : wips) {
            FlowLineSpec spec = FlowLineSpec.of("unbalanced", 100 * 168, 10 * 168, new FlowLineSpec.Conwip(w),
                    new StationSpec("a", 1, new DistributionSpec.Exponential(hours[0])),
                    new StationSpec("b", 1, new DistributionSpec.Exponential(hours[1])),
                    new StationSpec("c", 1, new DistributionSpec.Exponential(hours[2])),
                    new StationSpec("d", 1, new DistributionSpec.Exponential(hours[3])));
            assertEquals(1 / 3.0, spec.bottleneckRatePerHour(), 1e-15);
            assertEquals(7.5, spec.rawProcessHours(), 1e-15);
            ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(20), 15, 2);
            double[] mva = meanValueAnalysis(hours, w);
            Summary throughput = Summary.of(result.values("system.throughput_per_week"), confidence);
            Summary cycle = Summary.of(result.values("system.time_in_system_hours"), confidence);
            if (!throughput.covers(mva[0] * 168)) {
                misses.append(String.format("%nW = %d: TH expected %.4f, CI %s", w, mva[0] * 168, throughput));
            }
            if (!cycle.covers(mva[1])) {
                misses.append(String.format("%nW = %d: CT expected %.4f, CI %s", w, mva[1], cycle));
            }
        }
        assertTrue(misses.length() == 0, "mean-value analysis outside the intervals:" + misses);
    }

    @Test
    void aClosedLineNeedsAWipOfOneAndSomeProcessTime() {
        assertThrows(IllegalArgumentException.class, () -> new FlowLineSpec.Conwip(0));
        assertThrows(IllegalArgumentException.class, () -> FlowLineSpec.of("instant", 168, 0, new FlowLineSpec.Conwip(2),
                new StationSpec("a", 1, new DistributionSpec.Constant(0))));
    }
}
