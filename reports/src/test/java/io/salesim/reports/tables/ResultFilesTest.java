package io.salesim.reports.tables;

import io.salesim.core.engine.Meaning;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
    /** Two stations, the second behind a finite buffer, 3 weeks: a few thousand events per replication. */
    private static final String LINE = """
            kind: flow-line
            name: tiny
            horizon: {weeks: 3, warmup_weeks: 1}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: cut
                process_time: {exponential: {mean: 0.8}}
              - name: weld
                buffer: 2
                process_time: {uniform: {min: 0.5, max: 1.0}}
            """;

    private static Scenario tiny() throws Exception {
        return ScenarioLoader.parse(new ScenarioSource("tiny.yaml", LINE));
    }

    private static Path run(Path folder, int threads) throws Exception {
        Scenario scenario = tiny();
        ExperimentResult result = Experiment.run(scenario, new RunOptions(4, 7, threads));
        return ResultFiles.write(folder, scenario, result, new RunInfo(7, 4, threads, 0.5));
    }

    @Test
    void writesEveryFileWithTheAgreedHeaders(@TempDir Path dir) throws Exception {
        Path folder = run(dir.resolve("run"), 2);

        List<String> summary = Files.readAllLines(folder.resolve("summary.csv"));
        assertEquals("scenario,metric,unit,direction,importance,mean,stdev,ci95_low,ci95_high,replications", summary.get(0));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("tiny,station.weld.wait_hours,hours,lower,headline,") && l.endsWith(",4")),
                summary.toString());
        assertTrue(summary.get(1).startsWith("tiny,system.throughput_per_week,items/week,higher,board,"),
                "the board's metrics first: " + summary.get(1));

        List<String> replications = Files.readAllLines(folder.resolve("replications.csv"));
        assertEquals("scenario,replication,metric,value", replications.get(0));
        int metrics = summary.size() - 1;
        assertEquals(1 + 4 * metrics, replications.size(), "one row per replication and metric");
        assertTrue(replications.get(1).startsWith("tiny,1,"), "replications are numbered from 1");

        List<String> weekly = Files.readAllLines(folder.resolve("weekly.csv"));
        assertEquals("scenario,week,resource,metric,mean,ci95_low,ci95_high", weekly.get(0));
        assertTrue(weekly.stream().anyMatch(l -> l.startsWith("tiny,1,weld,wait_hours,")), "station.weld.wait_hours splits into weld, wait_hours");
        assertTrue(weekly.stream().anyMatch(l -> l.startsWith("tiny,3,system,wip,")), "system.wip splits into system, wip; weeks from 1");
        assertFalse(weekly.stream().anyMatch(l -> l.startsWith("tiny,0,") || l.startsWith("tiny,4,")), "3 weeks numbered 1..3");

        assertFalse(Files.exists(folder.resolve("bottlenecks.csv")), "a flow line has no bottleneck indicators");
        assertEquals(LINE, Files.readString(folder.resolve("scenario.yaml")));

        JsonNode run = new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        assertEquals("tiny", run.get("scenario").asText());
        assertEquals(7, run.get("seed").asLong());
        assertEquals(4, run.get("replications").asInt());
        assertEquals(2, run.get("threads").asInt());
        assertEquals("in-process", run.get("runner").asText());
        assertEquals(0.5, run.get("wall_seconds").asDouble());
        assertTrue(run.get("events_executed").asLong() > 0);
        assertTrue(run.get("complete").asBoolean());
        assertFalse(run.get("version").asText().isBlank());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(folder), siblings.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void runJsonNamesWhereTheReplicationsRan(@TempDir Path dir) throws Exception {
        Replications elsewhere = new Replications() {
            @Override
            public String name() {
                return "test cluster";
            }

            @Override
            public List<ExperimentResult> run(List<Batch> batches, long seed, int threads, ReplicationRunner.Progress progress,
                                              BooleanSupplier stop) {
                return IN_PROCESS.run(batches, seed, threads, progress, stop);
            }
        };
        RunOptions options = new RunOptions(2, 7, 1, elsewhere);
        Scenario scenario = tiny();
        Path folder = ResultFiles.write(dir.resolve("run"), scenario, Experiment.run(scenario, options), RunInfo.of(options, 0.5));

        JsonNode run = new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        assertEquals("test cluster", run.get("runner").asText());
        assertEquals(2, run.get("replications_requested").asInt());
    }

    @Test
    void sameSeedGivesByteIdenticalTablesForOneAndTwoThreads(@TempDir Path dir) throws Exception {
        Path one = run(dir.resolve("one"), 1);
        Path two = run(dir.resolve("two"), 2);
        for (String file : List.of("summary.csv", "replications.csv", "weekly.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
    }

    @Test
    void refusesAFolderThatHoldsFilesAndLeavesItAlone(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("old"));
        Files.writeString(folder.resolve("summary.csv"), "earlier results");
        assertThrows(IOException.class, () -> run(folder, 1));
        assertEquals("earlier results", Files.readString(folder.resolve("summary.csv")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "no temporary folder left behind");
        }
    }

    @Test
    void writesIntoAnEmptyFolderTheUserCreated(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        run(folder, 1);
        assertTrue(Files.exists(folder.resolve("summary.csv")));
    }

    @Test
    void writesBottleneckProbabilitiesFromWeeklyIndicators(@TempDir Path dir) throws Exception {
        // two replications of two weeks: production is the bottleneck in week 1 of both and week 2 of one
        double[][] production = {{1, 1}, {1, 0}};
        double[][] customerService = {{0, 0}, {0, 1}};
        LinkedHashMap<String, Summary[]> weekly = new LinkedHashMap<>();
        weekly.put("role.production.bottleneck_probability", byWeek(production));
        weekly.put("role.customer_service.bottleneck_probability", byWeek(customerService));
        List<ReplicationResult> replications = List.of(
                new ReplicationResult(0, new LinkedHashMap<>(Map.of("sales.win_rate", 0.5)), new LinkedHashMap<>(), 0),
                new ReplicationResult(1, new LinkedHashMap<>(Map.of("sales.win_rate", 0.5)), new LinkedHashMap<>(), 0));
        ExperimentResult result = new ExperimentResult("synthetic", 1, replications, Map.of("sales.win_rate", Meaning.higher("fraction")), weekly, true);
        Path folder = ResultFiles.write(dir.resolve("run"), tiny(), result, new RunInfo(1, 2, 1, 0));
        assertEquals(List.of(
                "scenario,week,resource,probability",
                "tiny,1,production,1",
                "tiny,2,production,0.5",
                "tiny,1,customer_service,0",
                "tiny,2,customer_service,0.5"), Files.readAllLines(folder.resolve("bottlenecks.csv")));
    }

    /** Across-replication summaries of a weekly 0/1 indicator, indexed [replication][week]. */
    private static Summary[] byWeek(double[][] indicator) {
        Summary[] out = new Summary[indicator[0].length];
        for (int week = 0; week < out.length; week++) {
            double[] column = new double[indicator.length];
            for (int r = 0; r < column.length; r++) {
                column[r] = indicator[r][week];
            }
            out[week] = Summary.of(column);
        }
        return out;
    }

    @Test
    void numbersArePlainAndLocaleIndependent() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma and '.' grouping, if anything leaked through
            assertEquals("1234567.5", PlainNumbers.plain(1234567.5));
            assertEquals("0.000012345", PlainNumbers.plain(0.000012345));
            assertEquals("2.723549236", PlainNumbers.plain(2.7235492357));
            assertEquals("0", PlainNumbers.plain(-0.0));
            assertEquals("-3", PlainNumbers.plain(-3.0));
            assertEquals("", PlainNumbers.plain(Double.NaN), "NaN is a missing value: an empty field");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void metricNamesSplitIntoResourceAndMetric() {
        assertEquals(new MetricName("customer_service", "utilization"), MetricName.split("role.customer_service.utilization"));
        assertEquals(new MetricName("desk", "wait_hours"), MetricName.split("station.desk.wait_hours"));
        assertEquals(new MetricName("system", "wip"), MetricName.split("system.wip"));
        assertEquals(new MetricName("a", "c.d"), MetricName.split("x.a.c.d"));
    }
}
