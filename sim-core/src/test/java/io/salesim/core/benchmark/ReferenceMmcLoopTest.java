package io.salesim.core.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceMmcLoopTest {
    private static final int REPLICATIONS = 10;
    private static final double HORIZON_HOURS = 20_000;
    private static final long SEED = 20_261_123L;
    // Erlang C, λ=2.7/h, μ=1/h, c=3: Wq = 2.7235 h
    private static final double ERLANG_C_WAIT_HOURS = QueueingTheory.mmcWaitInQueue(2.7, 1.0, 3);

    @Test
    void erlangCIsTheValueQuotedInTheIssue() {
        assertEquals(2.7235, ERLANG_C_WAIT_HOURS, 5e-5);
    }

    @Test
    void referenceLoopMatchesErlangC() {
        Summary wait = Summary.of(referenceRuns().stream().mapToDouble(ReferenceMmcLoop.Result::meanWaitHours).toArray());
        assertTrue(wait.covers(ERLANG_C_WAIT_HOURS), () -> "95% CI " + wait + " should cover Wq " + ERLANG_C_WAIT_HOURS);
    }

    @Test
    void referenceLoopBusyServersMatchOfferedLoad() {
        // offered load a = λ/μ = 2.7 busy servers on average
        Summary busy = Summary.of(referenceRuns().stream().mapToDouble(ReferenceMmcLoop.Result::meanBusyServers).toArray());
        assertTrue(busy.covers(2.7), () -> "95% CI " + busy + " should cover 2.7");
    }

    @Test
    void engineAndReferenceAgreeOnMeanWait() {
        Summary reference = Summary.of(referenceRuns().stream().mapToDouble(ReferenceMmcLoop.Result::meanWaitHours).toArray());
        ExperimentResult engineRuns = ReplicationRunner.run(() -> new FlowLine(EngineVsReference.mmcSpec(HORIZON_HOURS)),
                REPLICATIONS, SEED, 1);
        Summary engine = engineRuns.summary("station.desk.wait_hours");
        // independent samples: the difference's 95% half-width is about √(h₁² + h₂²)
        double halfWidth = Math.hypot(engine.halfWidth(), reference.halfWidth());
        assertTrue(Math.abs(engine.mean() - reference.mean()) <= halfWidth,
                () -> "engine " + engine + " vs reference " + reference);
    }

    @Test
    void measureRunsOnATinyModel() {
        List<String> log = new ArrayList<>();
        EngineVsReference.BenchResult result = EngineVsReference.measure(2_000, 1, 3, log::add);
        assertTrue(result.engineCustomersPerSecond() > 0 && Double.isFinite(result.engineCustomersPerSecond()));
        assertTrue(result.referenceCustomersPerSecond() > 0 && Double.isFinite(result.referenceCustomersPerSecond()));
        // about λ·(horizon − warm-up) = 2.7 × 1500 ≈ 4050 customers
        assertTrue(result.customers() > 3_000 && result.customers() < 5_000, () -> "customers " + result.customers());
        double[] ratios = result.roundRatios();
        assertEquals(3, ratios.length);
        double[] sorted = ratios.clone();
        java.util.Arrays.sort(sorted);
        // the median of the per-round ratios, and the spread is their minimum and maximum
        assertEquals(sorted[1], result.ratio(), 0.0);
        assertEquals(sorted[0], result.spreadLow(), 0.0);
        assertEquals(sorted[2], result.spreadHigh(), 0.0);
        for (double r : ratios) {
            assertTrue(r > 0 && Double.isFinite(r), () -> "round ratio " + r);
        }
        assertEquals(1 + 1 + 3, log.size(), () -> String.join("\n", log));
    }

    private static List<ReferenceMmcLoop.Result> referenceRuns() {
        ReferenceMmcLoop loop = EngineVsReference.referenceLoop();
        List<ReferenceMmcLoop.Result> results = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            results.add(loop.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS, SEED + r));
        }
        return results;
    }
}
