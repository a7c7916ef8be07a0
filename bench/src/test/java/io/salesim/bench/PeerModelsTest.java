package io.salesim.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.benchmark.EngineVsReference;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The peers must simulate the same queue as our engine, or comparing their speed means nothing. */
class PeerModelsTest {
    private static final int REPLICATIONS = 10;
    private static final double HORIZON_HOURS = 20_000;
    // Erlang C, λ=2.7/h, μ=1/h, c=3: Wq = 2.7235 h
    private static final double ERLANG_C_WAIT_HOURS = QueueingTheory.mmcWaitInQueue(
            EngineVsReference.ARRIVAL_RATE_PER_HOUR, EngineVsReference.SERVICE_RATE_PER_HOUR, EngineVsReference.SERVERS);
    // offered load a = λ/μ
    private static final double OFFERED_LOAD = EngineVsReference.ARRIVAL_RATE_PER_HOUR / EngineVsReference.SERVICE_RATE_PER_HOUR;

    @Test
    void ssjMatchesErlangC() {
        SsjMmc ssj = new SsjMmc();
        check("SSJ", r -> ssj.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS));
    }

    @Test
    void dsolMatchesErlangC() {
        check("DSOL", r -> DsolMmc.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS, r));
    }

    private static void check(String peer, IntFunction<MmcOutcome> replication) {
        double[] waits = new double[REPLICATIONS];
        double[] busy = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            MmcOutcome outcome = replication.apply(r);
            waits[r] = outcome.meanWaitHours();
            busy[r] = outcome.meanBusyServers();
            // about λ·(horizon − warm-up) = 2.7 × 19,500 ≈ 52,650 customers; ±5% is many standard deviations
            assertTrue(Math.abs(outcome.customers() - 52_650) < 2_630, peer + " customers " + outcome.customers());
        }
        Summary wait = Summary.of(waits);
        Summary busyServers = Summary.of(busy);
        assertTrue(wait.covers(ERLANG_C_WAIT_HOURS), () -> peer + " wait 95% CI " + wait + " vs Wq " + ERLANG_C_WAIT_HOURS);
        assertTrue(busyServers.covers(OFFERED_LOAD), () -> peer + " busy servers 95% CI " + busyServers + " vs " + OFFERED_LOAD);
    }
}
