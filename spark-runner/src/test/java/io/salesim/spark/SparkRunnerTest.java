package io.salesim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.cli.Main;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.core.engine.ReplicationRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner gives the in-process runner's output bytes: the same commands, run once in
 * process and under {@code local[2]} with 1 and 3 partitions, write the same CSV files (and the
 * same point and plan scenarios); a task that fails once is run again by Spark with the same result.
 * One Spark context serves the whole class; it allows 4 attempts a task ({@code local[2,4]}).
 */
class SparkRunnerTest {
    /** An M/M/3 line, short: 30 weeks after a 3-week warm-up, so a replication takes milliseconds. */
    private static final String LINE = """
            kind: flow-line
            name: desk
            description: a short M/M/c line for the Spark runner's tests
            horizon: {weeks: 30, warmup_weeks: 3}
            calendar: {hours_per_day: 24, days_per_week: 7}
            arrivals: {interarrival: {exponential: {mean: 0.37037}}}
            stations:
              - name: desk
                servers: 3
                process_time: {exponential: {mean: 1.0}}
            """;

    private static JavaSparkContext spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() throws IOException {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,4]").setAppName("salesim-test")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
        Files.writeString(dir.resolve("desk.yaml"), LINE);
        for (int servers = 3; servers <= 5; servers++) {
            Files.writeString(dir.resolve("desk-" + servers + ".yaml"), LINE.replace("servers: 3", "servers: " + servers)
                    .replace("name: desk", "name: desk-" + servers));
        }
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aSweepWritesTheSameCsvBytesInProcessAndOnSparkWithOneOrThreePartitions() throws IOException {
        // 12 replications: rounds of 10, so a second round extends every point
        assertSameFiles("sweep", List.of("sweep", dir.resolve("desk.yaml").toString(), "--set", "stations[0].servers=3,4,5",
                "--replications", "12", "--seed", "7"));
    }

    @Test
    void aComparisonOfThreePlansWritesTheSameCsvBytesOnSpark() throws IOException {
        assertSameFiles("compare", List.of("compare", plan(3), plan(4), plan(5), "--replications", "12", "--seed", "5"));
    }

    @Test
    void aComparisonVariedOverAnAssumptionWritesTheSameCsvBytesOnSpark() throws IOException {
        assertSameFiles("vary", List.of("compare", plan(3), plan(4), plan(5), "--replications", "6", "--seed", "5",
                "--vary", "arrivals.interarrival.exponential.mean=0.4,0.45"));
    }

    @Test
    void aSelectionWritesTheSameCsvBytesOnSpark() throws IOException {
        // a narrow indifference zone, so screening takes several steps before a plan is left (or the limit)
        assertSameFiles("select", List.of("compare", plan(3), plan(4), plan(5), "--replications", "5", "--seed", "5",
                "--select", "system.time_in_system_hours", "--indifference", "0.05", "--max-replications", "40"));
    }

    @Test
    void sizingWritesTheSameCsvBytesOnSpark() throws IOException {
        assertSameFiles("size", List.of("size", dir.resolve("desk.yaml").toString(), "--replications", "6", "--seed", "3"));
    }

    @Test
    void aTaskThatFailsOnceIsRunAgainWithTheSameResult() throws Exception {
        Scenario base = ScenarioLoader.parse(new ScenarioSource("desk.yaml", LINE));
        List<Setting> settings = List.of(Setting.parse("stations[0].servers=3,4"));
        List<Sweep.Point> points = Sweep.points(base, settings);
        Sweep.Result inProcess = Sweep.run(settings, points, new RunOptions(8, 11, 2), ReplicationRunner.Progress.NONE, () -> false);
        int before = SparkReplications.Fault.THROWN.get();
        SparkReplications failing = new SparkReplications(spark, 3, new SparkReplications.Fault(1));
        Sweep.Result onSpark = Sweep.run(settings, points, new RunOptions(8, 11, 2, failing), ReplicationRunner.Progress.NONE,
                () -> false);
        assertEquals(before + 1, SparkReplications.Fault.THROWN.get(), "the first attempt of partition 1 threw, once");
        assertTrue(onSpark.complete());
        for (int p = 0; p < points.size(); p++) {
            ExperimentResult expected = inProcess.results().get(p);
            ExperimentResult actual = onSpark.results().get(p);
            assertEquals(expected.replications().size(), actual.replications().size());
            for (String metric : expected.metrics()) {
                assertArrayEquals(expected.values(metric), actual.values(metric), "point " + (p + 1) + ", " + metric);
            }
        }
    }

    @Test
    void aStoppedRunStartsNoSparkJob() {
        Scenario base = parsed();
        List<ExperimentResult> ran = new SparkReplications(spark, 2).run(List.of(new Replications.Batch(base, 0, 3, List.of(),
                new io.salesim.core.engine.WeeklyAccumulator(), r -> { })), 1, 1, ReplicationRunner.Progress.NONE, () -> true);
        assertTrue(ran.isEmpty());
    }

    @Test
    void aJobStoppedAfterItsFirstTaskKeepsAContiguousPrefixOfTheInProcessReplications() {
        Scenario scenario = parsed();
        ExperimentResult all = io.salesim.scenarios.Experiment.run(scenario, new RunOptions(12, 4, 1));
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        // stop as soon as the driver hears of a finished task: the job is cancelled with the rest under way or not begun
        List<ExperimentResult> ran = new SparkReplications(spark, 3).run(List.of(new Replications.Batch(scenario, 0, 12,
                List.of(), new io.salesim.core.engine.WeeklyAccumulator(), r -> { })), 4, 1, (done, total) -> stop.set(true), stop::get);
        assertEquals(1, ran.size());
        ExperimentResult kept = ran.get(0);
        int n = kept.replications().size();
        assertEquals(n == 12, kept.complete(), "complete only with every replication");
        for (int r = 0; r < n; r++) {
            assertEquals(r, kept.replications().get(r).replication());
        }
        for (String metric : all.metrics()) {
            assertArrayEquals(Arrays.copyOf(all.values(metric), n), kept.values(metric), metric);
        }
    }

    @Test
    void theSparkArgumentsAreTakenOutAndTheMasterDefaultsToLocal() {
        SparkMain.Arguments plain = SparkMain.parse(new String[] {"sweep", "x.yaml", "--spark", "--set", "a=1,2"}, null);
        assertEquals(List.of("sweep", "x.yaml", "--set", "a=1,2"), plain.salesim());
        assertEquals("local[*]", plain.master());
        SparkMain.Arguments given = SparkMain.parse(new String[] {"size", "--spark", "spark://h:7077", "x", "--spark-partitions", "3"}, null);
        assertEquals(List.of("size", "x"), given.salesim());
        assertEquals("spark://h:7077", given.master());
        assertEquals(3, given.partitions());
        assertEquals("yarn", SparkMain.parse(new String[] {"compare", "a", "b"}, "yarn").master(), "spark-submit's --master");
        assertEquals("local[2]", SparkMain.parse(new String[] {"--spark=local[2]", "run", "a"}, null).master());
        assertTrue(SparkMain.needsSpark(List.of("sweep", "a")));
        assertFalse(SparkMain.needsSpark(List.of("sweep", "--help")));
        assertFalse(SparkMain.needsSpark(List.of("list")));
    }

    @Test
    void anUnreachableMasterFailsAtOnceAndRunsNothing() {
        long start = System.nanoTime();
        SparkMain.Unreachable e = org.junit.jupiter.api.Assertions.assertThrows(SparkMain.Unreachable.class,
                () -> SparkMain.start("spark://127.0.0.1:1"));
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "within 30 s");
        assertTrue(e.getMessage().startsWith("cannot reach the Spark master spark://127.0.0.1:1"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    private static Scenario parsed() {
        try {
            return ScenarioLoader.parse(new ScenarioSource("desk.yaml", LINE));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String plan(int servers) {
        return dir.resolve("desk-" + servers + ".yaml").toString();
    }

    /** Runs the command in process, then on Spark with 1 and 3 partitions; every CSV and YAML file written is the same bytes. */
    private static void assertSameFiles(String name, List<String> command) throws IOException {
        Path reference = dir.resolve(name + "-in-process");
        assertEquals(0, Main.execute(args(command, reference), Replications.IN_PROCESS));
        List<Path> files = comparable(reference);
        assertFalse(files.isEmpty());
        for (int partitions : new int[] {1, 3}) {
            Path out = dir.resolve(name + "-spark-" + partitions);
            assertEquals(0, Main.execute(args(command, out), new SparkReplications(spark, partitions)));
            assertEquals(files, comparable(out), "the same files");
            for (Path file : files) {
                assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)),
                        file + " with " + partitions + " partition(s)");
            }
        }
    }

    private static String[] args(List<String> command, Path out) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of("--threads", "2", "--out", out.toString()));
        if (!command.get(0).equals("size")) {
            all.add("--quiet");
        }
        return all.toArray(String[]::new);
    }

    /** The CSV and YAML files under a run folder, relative to it, in order. */
    private static List<Path> comparable(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".yaml"))
                    .map(folder::relativize).sorted().toList();
        }
    }
}
