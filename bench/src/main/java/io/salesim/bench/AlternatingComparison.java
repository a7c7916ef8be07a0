package io.salesim.bench;

import static io.salesim.core.stats.OrderStatistics.median;

import io.salesim.core.benchmark.EngineVsReference;
import io.salesim.core.benchmark.ReferenceMmcLoop;
import io.salesim.core.flow.FlowLine;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The JMH comparison's companion for a shared, busy machine: the four M/M/3 implementations
 * run round by round in one JVM, so a neighbour's load slows all of them alike, and each
 * one's median customers per second is compared with the reference loop's.
 * Run with {@code java -cp bench/target/benchmarks.jar io.salesim.bench.AlternatingComparison [rounds]}.
 */
public final class AlternatingComparison {
    private static final double HORIZON_HOURS = MmcBenchmark.HORIZON_HOURS;
    private static final int WARMUP_ROUNDS = 3;

    private AlternatingComparison() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        FlowLine engine = new FlowLine(EngineVsReference.mmcSpec(HORIZON_HOURS));
        ReferenceMmcLoop reference = EngineVsReference.referenceLoop();
        SsjMmc ssj = new SsjMmc();
        String[] names = {"engine", "reference", "ssj", "dsol"};
        @SuppressWarnings("unchecked")
        LongFunction<MmcOutcome>[] runs = new LongFunction[] {
            seed -> {
                var values = engine.run(seed, 0).values();
                double weeks = (HORIZON_HOURS - EngineVsReference.WARMUP_HOURS) / 168.0;
                return new MmcOutcome(Math.round(values.get("system.throughput_per_week") * weeks),
                        values.get("station.desk.wait_hours"), values.get("station.desk.busy_servers"));
            },
            seed -> {
                ReferenceMmcLoop.Result r = reference.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS, seed);
                return new MmcOutcome(r.customers(), r.meanWaitHours(), r.meanBusyServers());
            },
            seed -> ssj.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS),
            seed -> DsolMmc.run(HORIZON_HOURS, EngineVsReference.WARMUP_HOURS, seed),
        };
        double[][] rates = new double[names.length][rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + (round + 1) + "/" + rounds);
            for (int k = 0; k < names.length; k++) {
                long start = System.nanoTime();
                MmcOutcome outcome = runs[k].apply(round + WARMUP_ROUNDS);
                double rate = outcome.customers() / ((System.nanoTime() - start) / 1e9);
                if (round >= 0) {
                    rates[k][round] = rate;
                }
                line.append(String.format(Locale.ROOT, "  %s %.2f M/s (wait %.2f h)", names[k], rate / 1e6, outcome.meanWaitHours()));
            }
            System.out.println(line);
        }
        double referenceMedian = median(rates[1]);
        for (int k = 0; k < names.length; k++) {
            System.out.printf(Locale.ROOT, "%-9s median %.2f M customers/s, %.2fx the reference loop%n",
                    names[k], median(rates[k]) / 1e6, median(rates[k]) / referenceMedian);
        }
        System.exit(0);
    }
}
