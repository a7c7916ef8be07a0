package io.salesim.bench;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.core.sales.SalesPresets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replications per second of the division-of-labour sales organisation (130 weeks, 26 of
 * them warm-up, ~100,000 events a replication) through {@link ReplicationRunner} with 1 and
 * 2 worker threads. One operation is one replication; an invocation runs
 * {@value #REPLICATIONS} of them, as a user's run would, so the score includes the runner's
 * per-worker model construction and its in-order folding of the weekly series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SalesReplicationBenchmark {
    /** Enough that the last worker's tail (at most one replication) is a small share of the run. */
    static final int REPLICATIONS = 32;
    static final SalesOrgSpec SPEC = SalesPresets.divisionOfLabour();

    @Param({"1", "2"})
    public int threads;

    private long seed;

    @Benchmark
    @OperationsPerInvocation(REPLICATIONS)
    public ExperimentResult replications() {
        return ReplicationRunner.run(() -> new SalesOrganisation(SPEC), REPLICATIONS, seed++, threads);
    }
}
