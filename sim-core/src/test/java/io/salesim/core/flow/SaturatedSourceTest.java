package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.random.DistributionSpec;
import org.junit.jupiter.api.Test;

/** A saturated first station: it starts a new item whenever a server is free, and nothing waits in front of it. */
class SaturatedSourceTest {
    private static final double EPS = 1e-9;
    private static final FlowLineSpec.Release SATURATED = new FlowLineSpec.Saturated();

    /**
     * Deterministic 2 h then 3 h, unlimited buffer: the second station is the bottleneck, so the
     * line delivers exactly its capacity, 1/3 per hour = 56 a week. Items leave at 5 + 3k h
     * (≡ 2 mod 3), never at a week boundary (≡ 0 mod 3), so week 2 counts exactly 56.
     */
    @Test
    void deterministicLineDeliversExactlyTheBottleneckCapacity() {
        FlowLineSpec spec = FlowLineSpec.of("two-three", 2 * 168, 168, SATURATED,
                new StationSpec("first", 1, new DistributionSpec.Constant(2)),
                new StationSpec("second", 1, new DistributionSpec.Constant(3)));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        assertEquals(56, result.values().get("system.throughput_per_week"), EPS);
        assertEquals(0, result.values().get("station.first.wait_hours"), 0, "nothing waits in front of a saturated station");
        assertEquals(0, result.values().get("station.first.queue_length"), 0);
        assertEquals(1, result.values().get("station.first.utilization"), EPS, "always working: the buffer behind it is unlimited");
        assertEquals(1, result.values().get("station.second.utilization"), EPS);
        // the first station makes 1/2 an hour, the second takes 1/3: the queue between grows by 1/6 an hour
        assertTrue(result.values().get("station.second.queue_length") > 168 / 6.0, "work piles up in front of the bottleneck");
    }

    /** The same line the other way round: the first station is the bottleneck, items leave at 5 + 3k h again. */
    @Test
    void aSlowFirstStationIsTheBottleneck() {
        FlowLineSpec spec = FlowLineSpec.of("three-two", 2 * 168, 168, SATURATED,
                new StationSpec("first", 1, new DistributionSpec.Constant(3)),
                new StationSpec("second", 1, new DistributionSpec.Constant(2)));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        assertEquals(56, result.values().get("system.throughput_per_week"), EPS);
        assertEquals(0, result.values().get("station.second.wait_hours"), 0, "the faster second station never makes anyone wait");
        assertEquals(5, result.values().get("system.time_in_system_hours"), EPS);
        assertEquals(2 / 3.0, result.values().get("station.second.utilization"), EPS);
    }

    /**
     * Every free server of the first station starts at once: two servers of 2 h deliver 1 an hour
     * into a 0.5 h station, so items leave at 2k + 0.5 and 2k + 1 h: 168 in the second week.
     */
    @Test
    void everyServerOfTheFirstStationIsKeptBusy() {
        FlowLineSpec spec = FlowLineSpec.of("two-servers", 2 * 168, 168, SATURATED,
                new StationSpec("first", 2, new DistributionSpec.Constant(2)),
                new StationSpec("second", 1, new DistributionSpec.Constant(0.5)));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        assertEquals(168, result.values().get("system.throughput_per_week"), EPS);
        assertEquals(1, result.values().get("station.first.utilization"), EPS);
        assertEquals(0.5, result.values().get("station.second.utilization"), EPS);
        // one item in each of the first station's servers all the time; at the second, two for 0.5 h and one for 0.5 h of every 2 h
        assertEquals(2 + (2 * 0.5 + 0.5) / 2, result.values().get("system.wip"), EPS);
    }

    /**
     * Two exponential stations (rates μ1, μ2) with room for B between them, the first never
     * starved: the number of items past the first station, k = 0..B+2 (B+2: the first blocked),
     * is a birth-death chain with birth rate μ1 and death rate μ2, so p_k ∝ (μ1/μ2)^k.
     * Throughput μ2 (1 − p0); the first station works 1 − p_{B+2} and is blocked p_{B+2}; the
     * second works 1 − p0; its buffer holds k − 1 items for 1 ≤ k ≤ B+1 and B at k = B+2.
     * (B = 0, μ1 = μ2 is TandemTest's three-state chain: 2/3 per hour.) One 95% level for the
     * family of 3 lines × 5 metrics.
     */
    @Test
    void exponentialStationsWithAFiniteBufferMatchTheBlockingChain() {
        double[][] cases = {{1.0, 1.0, 0}, {1.0, 0.8, 2}, {0.8, 1.0, 1}};
        String[] metrics = {"system.throughput_per_week", "station.first.utilization", "station.first.blocked_fraction",
            "station.second.utilization", "station.second.queue_length"};
        double confidence = 1 - 0.05 / (cases.length * metrics.length);
        StringBuilder misses = new StringBuilder();
        for (double[] c : cases) {
            double mu1 = c[0];
            double mu2 = c[1];
            int buffer = (int) c[2];
            double[] p = new double[buffer + 3];
            double total = 0;
            for (int k = 0; k < p.length; k++) {
                p[k] = Math.pow(mu1 / mu2, k);
                total += p[k];
            }
            double queue = 0;
            for (int k = 0; k < p.length; k++) {
                p[k] /= total;
                queue += p[k] * Math.max(0, Math.min(k - 1, buffer));
            }
            double pBlocked = p[buffer + 2];
            double[] expected = {mu2 * (1 - p[0]) * 168, 1 - pBlocked, pBlocked, 1 - p[0], queue};
            FlowLineSpec spec = FlowLineSpec.of("blocking", 10_000, 100, SATURATED,
                    new StationSpec("first", 1, new DistributionSpec.Exponential(1 / mu1)),
                    new StationSpec("second", 1, new DistributionSpec.Exponential(1 / mu2), buffer));
            ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(20), 16, 2);
            for (int m = 0; m < metrics.length; m++) {
                var summary = io.salesim.core.stats.Summary.of(result.values(metrics[m]), confidence);
                if (!summary.covers(expected[m])) {
                    misses.append(String.format("%nμ1 %.1f, μ2 %.1f, B %d: %s expected %.5f, CI [%.5f, %.5f]", mu1, mu2, buffer,
                            metrics[m], expected[m], summary.ciLow(), summary.ciHigh()));
                }
            }
            for (double wait : result.values("station.first.wait_hours")) {
                assertEquals(0, wait, 0, "nothing waits in front of a saturated station");
            }
        }
        assertTrue(misses.length() == 0, "blocking chain outside the intervals:" + misses);
    }

    @Test
    void aSaturatedStationMustTakeTime() {
        assertThrows(IllegalArgumentException.class, () -> FlowLineSpec.of("instant", 168, 0, SATURATED,
                new StationSpec("a", 1, new DistributionSpec.Constant(0)), new StationSpec("b", 1, new DistributionSpec.Constant(1))));
    }
}
