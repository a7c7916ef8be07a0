package io.salesim.spark;

import static io.salesim.core.stats.OrderStatistics.median;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark runner against the in-process one on a 200-point sweep (10 head counts × 20 arrival
 * rates of a short M/M/c line), timing {@link Sweep#run} alone (no report): in-process on 1 and
 * 2 threads, Spark on {@code local[1]} and {@code local[2]}, each {@code repeats} times in
 * alternation, medians printed. Every run must give the same values as the first, or it fails.
 *
 * <p>{@code java -cp spark-runner/target/salesim-spark.jar:$(cat spark-runner/target/spark-classpath.txt)
 * io.salesim.spark.SparkBench [replications] [repeats]} (defaults 10 and 3).
 */
public final class SparkBench {
    private static final String LINE = """
            kind: flow-line
            name: bench-desk
            description: a short M/M/c line for the Spark benchmark
            horizon: {weeks: 30, warmup_weeks: 3}
            calendar: {hours_per_day: 24, days_per_week: 7}
            arrivals: {interarrival: {exponential: {mean: 0.37037}}}
            stations:
              - name: desk
                servers: 3
                process_time: {exponential: {mean: 1.0}}
            """;

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Scenario base = ScenarioLoader.parse(new ScenarioSource("bench-desk.yaml", LINE));
        List<String> means = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            means.add(String.format(Locale.ROOT, "%.3f", 0.30 + 0.01 * i));
        }
        List<Setting> settings = List.of(Setting.parse("stations[0].servers=3,4,5,6,7,8,9,10,11,12"),
                Setting.parse("arrivals.interarrival.exponential.mean=" + String.join(",", means)));
        List<Sweep.Point> points = Sweep.points(base, settings);
        int total = points.size() * replications;
        System.out.printf(Locale.ROOT, "%d points x %d replications = %d replications, %d repeats, %d cores%n",
                points.size(), replications, total, repeats, Runtime.getRuntime().availableProcessors());

        String[] names = {"in-process, 1 thread", "in-process, 2 threads", "spark local[1]", "spark local[2]"};
        double[][] seconds = new double[names.length][repeats];
        // the process's CPU time, all threads (Spark's own included): on a busy machine wall time
        // measures the neighbours as much as the runner, CPU time much less
        double[][] cpu = new double[names.length][repeats];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Sweep.Result reference = null;
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int which = 0; which < names.length; which++) {
                long startup = System.nanoTime();
                JavaSparkContext spark = which < 2 ? null : SparkMain.start(which == 2 ? "local[1]" : "local[2]");
                double startupSeconds = (System.nanoTime() - startup) / 1e9;
                try {
                    Replications runner = spark == null ? Replications.IN_PROCESS : new SparkReplications(spark, 0);
                    int threads = which == 0 || which == 2 ? 1 : 2;
                    long start = System.nanoTime();
                    long cpuStart = os.getProcessCpuTime();
                    Sweep.Result result = Sweep.run(settings, points, new RunOptions(replications, 1, threads, runner),
                            ReplicationRunner.Progress.NONE, () -> false);
                    seconds[which][repeat] = (System.nanoTime() - start) / 1e9;
                    cpu[which][repeat] = (os.getProcessCpuTime() - cpuStart) / 1e9;
                    if (reference == null) {
                        reference = result;
                    } else {
                        same(reference, result, names[which]);
                    }
                } finally {
                    if (spark != null) {
                        spark.stop();
                    }
                }
                System.out.printf(Locale.ROOT, "repeat %d  %-22s %7.2f s wall %7.2f s CPU%s%n", repeat + 1, names[which],
                        seconds[which][repeat], cpu[which][repeat],
                        spark == null ? "" : String.format(Locale.ROOT, " (Spark context started in %.2f s, not counted)", startupSeconds));
            }
        }
        System.out.println();
        System.out.println("| runner | median wall s | replications/s | speed vs in-process, same cores | median CPU s | CPU ms per replication |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int which = 0; which < names.length; which++) {
            double median = median(seconds[which]);
            String ratio = which < 2 ? "1" : String.format(Locale.ROOT, "%.2f", median(seconds[which - 2]) / median);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f | %s | %.2f | %.2f |%n", names[which], median, total / median, ratio,
                    median(cpu[which]), median(cpu[which]) / total * 1e3);
        }
        double perTask1 = (median(seconds[2]) - median(seconds[0])) / total * 1e3;
        double perTask2 = (median(seconds[3]) - median(seconds[1])) / total * 1e3;
        System.out.printf(Locale.ROOT, "wall overhead per replication (Spark minus in-process, same cores): local[1] %.3f ms, local[2] %.3f ms%n",
                perTask1, perTask2);
        System.out.printf(Locale.ROOT, "CPU overhead per replication (Spark minus in-process): local[1] %.3f ms, local[2] %.3f ms%n",
                (median(cpu[2]) - median(cpu[0])) / total * 1e3, (median(cpu[3]) - median(cpu[1])) / total * 1e3);
        System.out.printf(Locale.ROOT, "speed-up local[1] -> local[2]: %.2f; in-process 1 -> 2 threads: %.2f%n",
                median(seconds[2]) / median(seconds[3]), median(seconds[0]) / median(seconds[1]));
    }

    private static void same(Sweep.Result expected, Sweep.Result actual, String what) {
        for (int p = 0; p < expected.results().size(); p++) {
            ExperimentResult e = expected.results().get(p);
            ExperimentResult a = actual.results().get(p);
            for (String metric : e.metrics()) {
                if (!Arrays.equals(e.values(metric), a.values(metric))) {
                    throw new IllegalStateException(what + " gave other values of " + metric + " at point " + (p + 1));
                }
            }
        }
    }
}
