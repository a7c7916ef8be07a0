package io.salesim.bench;

import io.salesim.core.benchmark.EngineVsReference;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
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
 * Replications per second of the M/M/3 flow line (20,000 h each, ~54,000 customers) through
 * {@link ReplicationRunner} with 1 and 2 worker threads: how well replications scale with cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ReplicationBenchmark {
    static final int REPLICATIONS = 8;
    private static final FlowLineSpec SPEC = EngineVsReference.mmcSpec(20_000);

    @Param({"1", "2"})
    public int threads;

    private long seed;

    @Benchmark
    @OperationsPerInvocation(REPLICATIONS)
    public ExperimentResult replications() {
        return ReplicationRunner.run(() -> new FlowLine(SPEC), REPLICATIONS, seed++, threads);
    }
}
