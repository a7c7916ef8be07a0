package io.salesim.bench;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrganisation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Shows that a run's memory does not grow with its weekly series: runs division-of-labour
 * with a small and a large number of replications and measures the live heap (after full
 * collections, median of a few) with the result held, and the result's retained size (live
 * heap with it minus without it). The difference between the two runs, divided by the extra
 * replications, is what one more replication costs: its scalar metric values only, since the
 * weekly series are folded into per-week summaries as replications finish.
 * Run with {@code java -cp bench/target/benchmarks.jar io.salesim.bench.HeapVsReplications [small] [large] [threads]}.
 */
public final class HeapVsReplications {
    private static final int GC_SAMPLES = 5;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** Live heap with a run's result held, the result's retained size, and its shape. */
    record Footprint(int replications, long liveHeapBytes, long retainedBytes, int metrics, int weeklyMetrics, int weeks) {
    }

    private HeapVsReplications() {
    }

    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        measure(small, threads); // warm-up: load classes and JIT before the first measurement
        Footprint few = measure(small, threads);
        Footprint many = measure(large, threads);
        for (Footprint f : new Footprint[] {few, many}) {
            System.out.printf(Locale.ROOT, "%4d replications: live heap %6.2f MB, result retains %6.2f MB%n",
                    f.replications(), f.liveHeapBytes() / 1e6, f.retainedBytes() / 1e6);
        }
        double perReplication = (double) (many.retainedBytes() - few.retainedBytes()) / (large - small);
        // what a replication's weekly arrays would cost if they were kept: one double a week a series
        long weeklyPerReplication = 8L * few.weeklyMetrics() * few.weeks();
        System.out.printf(Locale.ROOT, "live heap ratio %d/%d replications: %.2f; result ratio %.2f%n",
                large, small, (double) many.liveHeapBytes() / few.liveHeapBytes(),
                (double) many.retainedBytes() / few.retainedBytes());
        System.out.printf(Locale.ROOT, "each extra replication keeps %.0f bytes: %d metric values (%d bytes as doubles),"
                        + " %.1f bytes a metric; keeping its %d weekly series of %d weeks would add %d bytes%n",
                perReplication, few.metrics(), 8 * few.metrics(), perReplication / few.metrics(),
                few.weeklyMetrics(), few.weeks(), weeklyPerReplication);
        System.exit(0);
    }

    static Footprint measure(int replications, int threads) {
        long before = liveHeapBytes();
        ExperimentResult result = ReplicationRunner.run(
                () -> new SalesOrganisation(SalesReplicationBenchmark.SPEC), replications, 11, threads);
        long with = liveHeapBytes();
        Footprint footprint = new Footprint(replications, with, with - before, result.metrics().size(),
                result.weeklyMetrics().size(), result.weeklySummary(result.weeklyMetrics().get(0)).length);
        // keeps the result reachable until after the measurement above
        if (result.replications().size() != replications) {
            throw new IllegalStateException("run stopped early");
        }
        return footprint;
    }

    /** Heap in use after a full collection, median of a few (a collection can leave a little garbage). */
    static long liveHeapBytes() {
        long[] samples = new long[GC_SAMPLES];
        for (int i = 0; i < GC_SAMPLES; i++) {
            System.gc();
            samples[i] = MEMORY.getHeapMemoryUsage().getUsed();
        }
        Arrays.sort(samples);
        return samples[GC_SAMPLES / 2];
    }
}
