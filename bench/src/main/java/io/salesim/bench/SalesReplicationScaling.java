package io.salesim.bench;

import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrganisation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The companion of {@link SalesReplicationBenchmark} for a shared, busy machine: runs of
 * division-of-labour replications with 1 and 2 worker threads alternate round by round in
 * one JVM (the order flips every round), so a neighbour's load hits both alike; the speed-up
 * is the median of the per-round ratios. It also reports process CPU seconds per replication
 * for each thread count: equal values mean the second thread adds no work (no contention,
 * no extra GC), so any shortfall from 2× is cores the machine did not give us.
 * Run with {@code java -cp bench/target/benchmarks.jar io.salesim.bench.SalesReplicationScaling [rounds] [replications]}.
 */
public final class SalesReplicationScaling {
    private static final int WARMUP_ROUNDS = 2;

    /** Medians over the measured rounds. */
    record Scaling(double oneThreadPerSecond, double twoThreadsPerSecond, double speedUp,
                   double oneThreadCpuSecondsPerReplication, double twoThreadsCpuSecondsPerReplication) {
    }

    private SalesReplicationScaling() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : SalesReplicationBenchmark.REPLICATIONS;
        Scaling scaling = measure(rounds, replications);
        System.out.printf(Locale.ROOT, "1 thread   median %.1f replications/s, %.1f ms CPU a replication%n",
                scaling.oneThreadPerSecond(), scaling.oneThreadCpuSecondsPerReplication() * 1e3);
        System.out.printf(Locale.ROOT, "2 threads  median %.1f replications/s, %.1f ms CPU a replication%n",
                scaling.twoThreadsPerSecond(), scaling.twoThreadsCpuSecondsPerReplication() * 1e3);
        System.out.printf(Locale.ROOT, "speed-up   median of per-round ratios %.2fx%n", scaling.speedUp());
        System.exit(0);
    }

    static Scaling measure(int rounds, int replications) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] perSecond = new double[2][rounds];
        double[][] cpuPerReplication = new double[2][rounds];
        double[] ratios = new double[rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            double[] rate = new double[2];
            double[] cpu = new double[2];
            for (int k = 0; k < 2; k++) {
                // flip the order every round so neither thread count always runs first
                int threads = ((round & 1) == 0) == (k == 0) ? 1 : 2;
                long seed = 1_000L * (round + WARMUP_ROUNDS) + threads;
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                ReplicationRunner.run(() -> new SalesOrganisation(SalesReplicationBenchmark.SPEC), replications, seed, threads);
                double seconds = (System.nanoTime() - start) / 1e9;
                rate[threads - 1] = replications / seconds;
                cpu[threads - 1] = (os.getProcessCpuTime() - cpuStart) / 1e9 / replications;
            }
            System.out.printf(Locale.ROOT, "%-12s 1 thread %6.1f/s  2 threads %6.1f/s  ratio %.2f  (CPU %.1f / %.1f ms a replication, load %.1f)%n",
                    round < 0 ? "warm-up" : "round " + (round + 1) + "/" + rounds, rate[0], rate[1], rate[1] / rate[0],
                    cpu[0] * 1e3, cpu[1] * 1e3, os.getSystemLoadAverage());
            if (round >= 0) {
                for (int t = 0; t < 2; t++) {
                    perSecond[t][round] = rate[t];
                    cpuPerReplication[t][round] = cpu[t];
                }
                ratios[round] = rate[1] / rate[0];
            }
        }
        return new Scaling(median(perSecond[0]), median(perSecond[1]), median(ratios),
                median(cpuPerReplication[0]), median(cpuPerReplication[1]));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
