package io.salesim.bench;

import io.salesim.core.sales.SalesOrganisation;
import io.salesim.core.sales.SalesPresets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 15, in JMH: one replication of the division-of-labour firm at 1×, 10× and 100× its size
 * ({@link io.salesim.core.sales.SalesOrgSpec#scaledBy}: people in every role, market source
 * rates, repeat orders and the factory's hours). The primary score is replications per second;
 * the {@code events} counter is events per second, the figure to compare across sizes (the
 * event count grows with the size). JMH runs the sizes one after the other in one fork;
 * {@link FirmSizeScaling} alternates them round by round for the ratio to the 1× firm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FirmSizeBenchmark {
    @Param({"1", "10", "100"})
    public int factor;

    private SalesOrganisation firm;
    private long seed;

    /** Events executed, reported by JMH as a rate per second beside the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;
    }

    @Setup(Level.Trial)
    public void build() {
        firm = new SalesOrganisation(SalesPresets.divisionOfLabour().scaledBy(factor));
    }

    @Benchmark
    public long replication(Events counter) {
        firm.run(seed++, 0);
        counter.events += firm.eventsExecuted();
        return firm.eventsExecuted();
    }
}
