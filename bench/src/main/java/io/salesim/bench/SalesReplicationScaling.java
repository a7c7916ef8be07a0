package io.salesim.bench;

import static io.salesim.core.stats.OrderStatistics.median;

import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrganisation;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The companion of {@link SalesReplicationBenchmark} for a shared, busy machine. Runs of
 * division-of-labour replications with 1 and 2 worker threads alternate round by round in one
 * JVM (the order flips every round) and each round gives two speed-ups:
 * <ul>
 *   <li><b>wall</b>: replications per second with 2 threads over those with 1; what a user
 *       sees, but a neighbour that takes a core takes exactly what the second thread needs;</li>
 *   <li><b>critical path</b>: the run's duration had each thread had a core of its own — the
 *       busiest worker's CPU time plus its time blocked on locks, plus the calling thread's
 *       own (serial) CPU time, plus garbage-collection pauses — so a neighbour's load cancels
 *       out while the runner's own costs (serial work, lock waits, uneven workers, GC) count.</li>
 * </ul>
 * Each is reported as the median of the per-round ratios.
 * Run with {@code java -cp bench/target/benchmarks.jar io.salesim.bench.SalesReplicationScaling [rounds] [replications]}.
 */
public final class SalesReplicationScaling {
    private static final int WARMUP_ROUNDS = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Medians over the measured rounds. */
    record Scaling(double oneThreadPerSecond, double twoThreadsPerSecond, double wallSpeedUp, double criticalPathSpeedUp) {
    }

    /** One run: its wall time and its critical path, both in seconds. */
    private record Timing(double wallSeconds, double criticalPathSeconds) {
    }

    private SalesReplicationScaling() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : SalesReplicationBenchmark.REPLICATIONS;
        Scaling scaling = measure(rounds, replications);
        System.out.printf(Locale.ROOT, "1 thread   median %.1f replications/s%n", scaling.oneThreadPerSecond());
        System.out.printf(Locale.ROOT, "2 threads  median %.1f replications/s%n", scaling.twoThreadsPerSecond());
        System.out.printf(Locale.ROOT, "speed-up   wall %.2fx, critical path %.2fx (medians of per-round ratios)%n",
                scaling.wallSpeedUp(), scaling.criticalPathSpeedUp());
        System.exit(0);
    }

    static Scaling measure(int rounds, int replications) {
        THREADS.setThreadContentionMonitoringEnabled(true);
        double[][] perSecond = new double[2][rounds];
        double[] wallRatios = new double[rounds];
        double[] criticalRatios = new double[rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            Timing[] timing = new Timing[2];
            for (int k = 0; k < 2; k++) {
                // flip the order every round so neither thread count always runs first
                int threads = ((round & 1) == 0) == (k == 0) ? 1 : 2;
                timing[threads - 1] = time(replications, 1_000L * (round + WARMUP_ROUNDS) + threads, threads);
            }
            double wallRatio = timing[0].wallSeconds() / timing[1].wallSeconds();
            double criticalRatio = timing[0].criticalPathSeconds() / timing[1].criticalPathSeconds();
            System.out.printf(Locale.ROOT, "%-12s 1 thread %5.1f/s  2 threads %5.1f/s  wall ratio %.2f  critical-path ratio %.2f  (load %.1f)%n",
                    round < 0 ? "warm-up" : "round " + (round + 1) + "/" + rounds, replications / timing[0].wallSeconds(),
                    replications / timing[1].wallSeconds(), wallRatio, criticalRatio,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (round >= 0) {
                for (int t = 0; t < 2; t++) {
                    perSecond[t][round] = replications / timing[t].wallSeconds();
                }
                wallRatios[round] = wallRatio;
                criticalRatios[round] = criticalRatio;
            }
        }
        return new Scaling(median(perSecond[0]), median(perSecond[1]), median(wallRatios), median(criticalRatios));
    }

    private static Timing time(int replications, long seed, int threads) {
        // per worker thread: its CPU time plus time blocked on monitors, as of its latest replication
        Map<Long, Long> workerNanos = new ConcurrentHashMap<>();
        long caller = Thread.currentThread().getId();
        ReplicationRunner.Progress progress = (done, total) -> {
            long id = Thread.currentThread().getId();
            if (id != caller) {
                long blockedMillis = THREADS.getThreadInfo(id).getBlockedTime();
                workerNanos.put(id, THREADS.getCurrentThreadCpuTime() + blockedMillis * 1_000_000);
            }
        };
        long gcStart = gcMillis();
        long callerCpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ReplicationRunner.run(() -> new SalesOrganisation(SalesReplicationBenchmark.SPEC), replications, seed, threads,
                progress, () -> false);
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        long callerNanos = THREADS.getCurrentThreadCpuTime() - callerCpuStart;
        long busiestWorker = workerNanos.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double critical = (callerNanos + busiestWorker) / 1e9 + (gcMillis() - gcStart) / 1e3;
        return new Timing(wallSeconds, critical);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += gc.getCollectionTime();
        }
        return total;
    }
}
