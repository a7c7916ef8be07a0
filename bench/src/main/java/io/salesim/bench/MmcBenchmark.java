package io.salesim.bench;

import static io.salesim.core.benchmark.EngineVsReference.ARRIVAL_RATE_PER_HOUR;
import static io.salesim.core.benchmark.EngineVsReference.WARMUP_HOURS;

import io.salesim.core.benchmark.EngineVsReference;
import io.salesim.core.benchmark.ReferenceMmcLoop;
import io.salesim.core.flow.FlowLine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customers per second on the same M/M/3 (λ = 2.7/h, μ = 1/h, 100,000 h after a 500 h
 * warm-up, full statistics) in our engine, the hand-written loop, SSJ and DSOL. One operation
 * is one customer (two events: arrival and departure), so the score is customers per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class MmcBenchmark {
    static final double HORIZON_HOURS = 100_000;
    /** Expected customers a run, λ × (horizon − warm-up); each run's own count is within ~0.5% of it. */
    static final int CUSTOMERS = (int) (ARRIVAL_RATE_PER_HOUR * (HORIZON_HOURS - WARMUP_HOURS));

    private FlowLine engine;
    private ReferenceMmcLoop reference;
    private SsjMmc ssj;
    private long seed;

    @Setup
    public void setUp() {
        engine = new FlowLine(EngineVsReference.mmcSpec(HORIZON_HOURS));
        reference = EngineVsReference.referenceLoop();
        ssj = new SsjMmc();
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double engine() {
        return engine.run(seed++, 0).values().get("station.desk.wait_hours");
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double reference() {
        return reference.run(HORIZON_HOURS, WARMUP_HOURS, seed++).meanWaitHours();
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double ssj() {
        return ssj.run(HORIZON_HOURS, WARMUP_HOURS).meanWaitHours();
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double dsol() {
        return DsolMmc.run(HORIZON_HOURS, WARMUP_HOURS, seed++).meanWaitHours();
    }
}
