package io.salesim.core.flow;

import static io.salesim.core.flow.QueueingValidationTest.assertAllCovered;
import static io.salesim.core.flow.QueueingValidationTest.replications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.QueueingTheory;
import org.junit.jupiter.api.Test;

/**
 * The probability of waiting and the waiting-time percentiles of a station: by hand on a
 * deterministic line, and against M/M/1 and M/M/c theory. In M/M/c the wait is 0 with
 * probability 1 − C (Erlang C) and otherwise exponential at rate cμ − λ, so
 * P(Wq > t) = C e^{−(cμ − λ)t}. A replication's percentile is the type-7 quantile of its own
 * waits after warm-up: consistent, with a bias of order 1/n that the long horizons here (about
 * 30,000 waits a replication) make negligible beside the across-replication interval.
 */
class WaitDistributionTest {
    private static final String[] WAIT_METRICS = {"station.server.wait_probability", "station.server.wait_hours_p50",
        "station.server.wait_hours_p90", "station.server.wait_hours_p95"};
    private static final double EPS = 1e-9;

    @Test
    void anOverloadedDeterministicLineHasWaitsCountedByHand() {
        // arrivals every 1 h from 1 h, 2 h of work each: item k arrives at k, starts at 2k − 1, waits k − 1 h.
        // Starts before the 100 h horizon are k = 1..50; with the warm-up at 11 h (item 6's start, which counts in
        // the run) the waits are 5, 6, ..., 49 h: n = 45, type 7 gives 5 + 44 p
        FlowLineSpec spec = FlowLineSpec.of("overloaded", 100, 11, new DistributionSpec.Constant(1),
                new StationSpec("server", 1, new DistributionSpec.Constant(2)));
        ReplicationResult r = new FlowLine(spec).run(1, 0);
        assertEquals(27, r.values().get("station.server.wait_hours"), EPS);
        assertEquals(1, r.values().get("station.server.wait_probability"), EPS);
        assertEquals(5 + 44 * 0.5, r.values().get("station.server.wait_hours_p50"), EPS);
        assertEquals(5 + 44 * 0.9, r.values().get("station.server.wait_hours_p90"), EPS);
        assertEquals(5 + 44 * 0.95, r.values().get("station.server.wait_hours_p95"), EPS);
        // without a warm-up item 1 is served on arrival: 49 of the 50 waits 0..49 h are positive
        ReplicationResult all = new FlowLine(FlowLineSpec.of("overloaded", 100, 0, new DistributionSpec.Constant(1),
                new StationSpec("server", 1, new DistributionSpec.Constant(2)))).run(1, 0);
        assertEquals(49 / 50.0, all.values().get("station.server.wait_probability"), EPS);
        assertEquals(49 * 0.9, all.values().get("station.server.wait_hours_p90"), EPS);
        // one week a value: 50 waits, all in week 0
        assertEquals(49 / 50.0, all.weekly().get("station.server.wait_probability")[0], EPS);
    }

    @Test
    void aReplicationWithNoItemAfterWarmupHasNoValue() {
        // arrivals at 100 and 200 h, both before the 250 h warm-up ends; the next is due at the 300 h horizon
        FlowLineSpec spec = FlowLineSpec.of("idle", 300, 250, new DistributionSpec.Constant(100),
                new StationSpec("server", 1, new DistributionSpec.Constant(1)));
        ReplicationResult r = new FlowLine(spec).run(1, 0);
        for (String metric : WAIT_METRICS) {
            assertTrue(r.values().containsKey(metric), metric);
            assertTrue(Double.isNaN(r.values().get(metric)), metric);
        }
    }

    @Test
    void mm1WaitingTimeDistributionMatchesTheory() {
        double lambda = 0.8;
        double mu = 1.0;
        // P(wait) = ρ = 0.8; p-quantile ln(ρ / (1 − p)) / (μ − λ): p50 = ln(1.6)/0.2 = 2.350 h,
        // p90 = ln(8)/0.2 = 10.397 h, p95 = ln(16)/0.2 = 13.863 h
        assertEquals(Math.log(1.6) / 0.2, QueueingTheory.mmcWaitQuantile(lambda, mu, 1, 0.5), 1e-12);
        assertEquals(Math.log(8) / 0.2, QueueingTheory.mmcWaitQuantile(lambda, mu, 1, 0.9), 1e-12);
        assertEquals(Math.log(16) / 0.2, QueueingTheory.mmcWaitQuantile(lambda, mu, 1, 0.95), 1e-12);
        assertEquals(0, QueueingTheory.mmcWaitQuantile(lambda, mu, 1, 0.2), 0);
        FlowLineSpec spec = ClassicLines.mm1(lambda, mu, 40_000, 1_000);
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), replications(20), 21, 2);
        assertAllCovered(result, WAIT_METRICS, expected(lambda, mu, 1));
    }

    @Test
    void mmcProbabilityOfWaitingIsErlangC() {
        double lambda = 2.7;
        double mu = 1.0;
        int c = 3;
        // Erlang C, λ=2.7/h, μ=1/h, c=3: Wq = C / (cμ − λ) = 2.7235 h (published tables), so C = 0.3 × 2.7235 = 0.8171
        assertEquals(2.7235 * 0.3, QueueingTheory.erlangC(lambda, mu, c), 5e-5);
        FlowLineSpec spec = ClassicLines.mmc(lambda, mu, c, 40_000, 2_000);
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), replications(20), 22, 2);
        assertAllCovered(result, WAIT_METRICS, expected(lambda, mu, c));
    }

    @Test
    void moreArrivalsRaiseTheProbabilityOfWaitingAndTheP90ByWhatTheoryPredicts() {
        double mu = 1.0;
        FlowLineSpec light = ClassicLines.mm1(0.6, mu, 40_000, 1_000);
        FlowLineSpec heavy = ClassicLines.mm1(0.8, mu, 40_000, 1_000);
        int n = replications(20);
        // the same seed: both lines draw from the same named streams (common random numbers)
        ExperimentResult base = ReplicationRunner.run(() -> new FlowLine(light), n, 23, 2);
        ExperimentResult more = ReplicationRunner.run(() -> new FlowLine(heavy), n, 23, 2);
        // P(wait): ρ, 0.6 → 0.8; p90: ln(0.6/0.1)/0.4 = 4.479 h → ln(8)/0.2 = 10.397 h
        String[] metrics = {"station.server.wait_probability", "station.server.wait_hours_p90"};
        double[] rise = {0.2, QueueingTheory.mmcWaitQuantile(0.8, mu, 1, 0.9) - QueueingTheory.mmcWaitQuantile(0.6, mu, 1, 0.9)};
        double confidence = 1 - 0.05 / metrics.length;
        for (int i = 0; i < metrics.length; i++) {
            PairedDifference d = PairedDifference.of(base.values(metrics[i]), more.values(metrics[i]), false, confidence);
            assertTrue(d.difference().ciLow() > 0, metrics[i] + " rises: " + d.difference());
            assertTrue(d.difference().covers(rise[i]), metrics[i] + " rises by " + rise[i] + ": " + d.difference());
        }
    }

    private static double[] expected(double lambda, double mu, int c) {
        return new double[] {QueueingTheory.erlangC(lambda, mu, c), QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.5),
            QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.9), QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.95)};
    }
}
