package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * The engine against closed-form queueing theory: each analytic value must lie in the
 * confidence interval of the across-replication mean. A test checks a family of metrics that
 * move together (a slow arrival stream lowers them all), so the family shares one 95%
 * level: each interval is at 1 − 0.05/k (Bonferroni, k checks), and a correct engine fails a
 * test at most 5% of the time. Warm-ups are many relaxation times long
 * (≈ 1 / (cμ (1 − √ρ)²): about 90 h for the M/M/1 and 130 h for the M/M/3 below).
 */
class QueueingValidationTest {

    /**
     * Replications for a validation run: {@code base} × the system property
     * {@code salesim.validation.scale} (default 1). When a check fails after a change that
     * alters the random numbers, rerun it with e.g. {@code -Dsalesim.validation.scale=20}: a
     * chance miss goes away, a real bias stays (and its interval narrows around the bias).
     */
    static int replications(int base) {
        return base * Math.max(1, Integer.getInteger("salesim.validation.scale", 1));
    }

    /** Checks each metric's family-wise 95% interval covers its analytic value. */
    static void assertAllCovered(ExperimentResult result, String[] metrics, double[] expected) {
        double confidence = 1 - 0.05 / metrics.length;
        StringBuilder misses = new StringBuilder();
        for (int i = 0; i < metrics.length; i++) {
            Summary summary = Summary.of(result.values(metrics[i]), confidence);
            if (!summary.covers(expected[i])) {
                misses.append(String.format("%n%s: expected %.5f, CI [%.5f, %.5f] at %.4f", metrics[i], expected[i],
                        summary.ciLow(), summary.ciHigh(), confidence));
            }
        }
        assertTrue(misses.length() == 0, "analytic values outside the intervals:" + misses);
    }

    @Test
    void mm1MatchesTheory() {
        double lambda = 0.8;
        double mu = 1.0;
        FlowLineSpec spec = ClassicLines.mm1(lambda, mu, 20_000, 1_000);
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), replications(20), 11, 2);
        // M/M/1, λ=0.8/h, μ=1/h: ρ = 0.8, Wq = ρ/(μ−λ) = 4 h, Lq = ρ²/(1−ρ) = 3.2, W = 1/(μ−λ) = 5 h, L = ρ/(1−ρ) = 4
        assertEquals(4.0, QueueingTheory.mmcWaitInQueue(lambda, mu, 1), 1e-12);
        assertAllCovered(result,
                new String[] {"station.server.wait_hours", "station.server.queue_length", "station.server.utilization",
                    "system.time_in_system_hours", "system.wip", "system.throughput_per_week"},
                new double[] {4.0, 3.2, 0.8, 5.0, 4.0, lambda * 168});
    }

    @Test
    void mmcMatchesErlangC() {
        double lambda = 2.7;
        double mu = 1.0;
        int c = 3;
        FlowLineSpec spec = ClassicLines.mmc(lambda, mu, c, 40_000, 2_000);
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), replications(20), 12, 2);
        // Erlang C, λ=2.7/h, μ=1/h, c=3: Wq = 2.7235 h (published tables); Lq = λ Wq; W = Wq + 1/μ; L = λ W
        double wq = QueueingTheory.mmcWaitInQueue(lambda, mu, c);
        assertEquals(2.7235, wq, 5e-5);
        // utilisation = λ / (c μ) = 0.9
        assertAllCovered(result,
                new String[] {"station.server.wait_hours", "station.server.queue_length", "station.server.utilization",
                    "system.time_in_system_hours", "system.wip", "system.throughput_per_week"},
                new double[] {wq, lambda * wq, QueueingTheory.utilization(lambda, mu, c), wq + 1 / mu,
                    lambda * (wq + 1 / mu), lambda * 168});
    }

    @Test
    void erlangCFormulasAgreeWithKnownValues() {
        // M/M/1 special case: C = ρ
        assertEquals(0.8, QueueingTheory.erlangC(0.8, 1, 1), 1e-12);
        // M/M/2, λ=1, μ=1 (a = 1): C = a²/(2−a) / (1 + a + a²/(2−a)) = 1/3
        assertEquals(1.0 / 3, QueueingTheory.erlangC(1, 1, 2), 1e-12);
        assertEquals(QueueingTheory.mmcWaitInQueue(2.7, 1, 3) * 2.7, QueueingTheory.mmcQueueLength(2.7, 1, 3), 1e-12);
    }
}
