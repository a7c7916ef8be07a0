package io.salesim.reports.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.scenarios.schema.KeyPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ExperimentFilesTest {
    /** Leaves out the calendar, the warm-up and every station's servers, so resolving has defaults to write. */
    private static final String LINE = """
            kind: flow-line
            name: line
            horizon: {weeks: 3}
            arrivals: {interarrival: {exponential: {mean: 1.0}}, batch_size: {discrete_uniform: {min: 1, max: 2}}}
            stations:
              - name: cut
                process_time: {exponential: {mean: 0.6}}
              - name: weld
                buffer: 2
                process_time: {uniform: {min: 0.5, max: 1.2}}
            """;
    private static final RunInfo INFO = new RunInfo(7, 4, 2, 0.1);

    private static Scenario line() throws Exception {
        return ScenarioLoader.parse(new ScenarioSource("line.yaml", LINE));
    }

    private static Scenario withWeldServers(int servers) throws Exception {
        return Overrides.apply(line(), Map.of(KeyPath.parse("stations[1].servers"), Integer.toString(servers)));
    }

    @Test
    void runningTheResolvedScenarioWithTheSameSeedReproducesTheResultFilesByteForByte(@TempDir Path dir) throws Exception {
        // a scenario changed by --set, so the resolved file also carries the override
        Scenario scenario = Overrides.apply(line(), Map.of(KeyPath.parse("stations[0].servers"), "2"));
        Path first = ResultFiles.write(dir.resolve("first"), scenario, Experiment.run(scenario, new RunOptions(4, 7, 2)), INFO);

        Scenario resolved = ScenarioLoader.load(first.resolve(ResultFiles.RESOLVED_SCENARIO).toString());
        Path second = ResultFiles.write(dir.resolve("second"), resolved, Experiment.run(resolved, new RunOptions(4, 7, 1)), INFO);
        for (String file : List.of(ResultFiles.SUMMARY, ResultFiles.REPLICATIONS, ResultFiles.WEEKLY, ResultFiles.RESOLVED_SCENARIO)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        String text = Files.readString(first.resolve(ResultFiles.RESOLVED_SCENARIO));
        assertTrue(text.contains("servers: 2"), text);
        assertTrue(text.contains("hours_per_day: 24.0"), "defaults written out:\n" + text);
    }

    @Test
    void aComparisonFolderHasTheAgreedFilesAndEachPlansOwnRunFiles(@TempDir Path dir) throws Exception {
        Comparison.Result result = Comparison.run(List.of(withWeldServers(1), withWeldServers(2), withWeldServers(3)),
                new RunOptions(4, 7, 2), null, ReplicationRunner.Progress.NONE, () -> false);
        Path folder = ExperimentFiles.writeComparison(dir.resolve("compare"), result, INFO);

        List<String> comparison = Files.readAllLines(folder.resolve(ExperimentFiles.COMPARISON));
        assertEquals("metric,direction,baseline,alternative,mean_diff,ci95_low,ci95_high,prob_better,verdict", comparison.get(0));
        assertEquals(1 + 2 * result.metrics().size(), comparison.size(), "two alternatives per metric");
        assertTrue(comparison.get(1).startsWith("system.throughput_per_week,higher,line,line-2,"), "the board's first: " + comparison.get(1));
        for (String row : comparison.subList(1, comparison.size())) {
            if (row.contains(",neutral,")) {
                assertTrue(row.endsWith(",,"), "a neutral metric has neither prob_better nor verdict: " + row);
            } else {
                assertTrue(row.endsWith(",better") || row.endsWith(",worse") || row.endsWith(",cannot tell"), row);
            }
        }
        List<String> best = Files.readAllLines(folder.resolve(ExperimentFiles.BEST));
        assertEquals("metric,better,best,leader,leader_mean,leader_ci95_low,leader_ci95_high,cannot_tell_from,method,family_confidence",
                best.get(0));
        long directed = result.metrics().stream().filter(m -> !result.baseline().direction(m).isNeutral()).count();
        assertEquals(1 + directed, best.size(), "a best plan for each metric with a direction, none for a neutral one");
        for (String plan : List.of("line", "line-2", "line-3")) {
            for (String file : List.of(ResultFiles.SUMMARY, ResultFiles.REPLICATIONS, ResultFiles.WEEKLY, ResultFiles.RESOLVED_SCENARIO)) {
                assertTrue(Files.exists(folder.resolve(ExperimentFiles.PLANS).resolve(plan).resolve(file)), plan + "/" + file);
            }
        }
        JsonNode json = new ObjectMapper().readTree(folder.resolve(ExperimentFiles.COMPARE_JSON).toFile());
        assertTrue(json.get("complete").asBoolean());
        assertEquals(4, json.get("paired_replications").asInt());
    }

    @Test
    void aStoppedComparisonIsWrittenWholeAndMarkedIncomplete(@TempDir Path dir) throws Exception {
        AtomicInteger done = new AtomicInteger();
        Comparison.Result result = Comparison.run(List.of(withWeldServers(1), withWeldServers(2)),
                new RunOptions(6, 7, 1), null, (d, t) -> done.set(d), () -> done.get() >= 9);
        Path folder = ExperimentFiles.writeComparison(dir.resolve("compare"), result, INFO);
        JsonNode json = new ObjectMapper().readTree(folder.resolve(ExperimentFiles.COMPARE_JSON).toFile());
        assertFalse(json.get("complete").asBoolean());
        assertEquals(3, json.get("paired_replications").asInt());
        assertEquals(3, json.get("plans").get(1).get("replications").asInt());
        JsonNode baselineRun = new ObjectMapper().readTree(folder.resolve("plans/line/run.json").toFile());
        assertEquals(6, baselineRun.get("replications").asInt(), "the baseline's own files keep all it finished");
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(folder), siblings.toList(), "no hidden partial folder left behind");
        }
    }

    /**
     * Each sweep point against the first, paired over the replications (every point draws the same
     * random numbers): one welder cannot keep up with 1.5 items an hour at 0.85 h each, two can,
     * so throughput is better at two and three welders, and the first point carries no verdict.
     */
    @Test
    void eachSweepPointGetsAPairedVerdictAgainstTheFirst() throws Exception {
        List<Setting> settings = List.of(Setting.parse("stations[1].servers=1,2,3"));
        Sweep.Result sweep = Sweep.run(settings, Sweep.points(line(), settings), new RunOptions(5, 7, 2),
                ReplicationRunner.Progress.NONE, () -> false);
        Table table = ExperimentTables.sweep(sweep);
        Table throughput = table.where(table.stringColumn("metric").isEqualTo("system.throughput_per_week"));
        assertEquals(List.of("", "better", "better"), throughput.stringColumn("verdict").asList());
        assertEquals(List.of("higher", "higher", "higher"), throughput.stringColumn("direction").asList());
        double first = throughput.doubleColumn("mean").getDouble(0);
        for (int row = 1; row < 3; row++) {
            assertEquals(throughput.doubleColumn("mean").getDouble(row) - first, throughput.doubleColumn("diff_vs_first").getDouble(row),
                    1e-9 * first, "every point ran all replications: the paired mean difference is the difference of means");
            assertTrue(throughput.doubleColumn("diff_ci95_low").getDouble(row) > 0);
        }
        Table servers = table.where(table.stringColumn("metric").isEqualTo("station.weld.utilization"));
        assertEquals(List.of("", "", ""), servers.stringColumn("verdict").asList(), "utilisation is neutral: no verdict");
    }

    @Test
    void sweepAndSizingFilesHaveTheAgreedHeaders(@TempDir Path dir) throws Exception {
        List<Setting> settings = List.of(Setting.parse("stations[1].servers=1,2"), Setting.parse("stations[1].buffer=1,3"));
        List<Sweep.Point> points = Sweep.points(line(), settings);
        Sweep.Result sweep = Sweep.run(settings, points, new RunOptions(3, 7, 2), ReplicationRunner.Progress.NONE, () -> false);
        Path folder = ExperimentFiles.writeSweep(dir.resolve("sweep"), sweep, INFO);
        List<String> rows = Files.readAllLines(folder.resolve(ExperimentFiles.SWEEP));
        assertEquals("point,stations[1].servers,stations[1].buffer,metric,unit,direction,mean,ci95_low,ci95_high,"
                + "diff_vs_first,diff_ci95_low,diff_ci95_high,verdict", rows.get(0));
        int metrics = sweep.results().get(0).metrics().size();
        assertEquals(1 + 4 * metrics, rows.size(), "one row per point and metric");
        assertTrue(rows.get(1 + 3 * metrics).startsWith("4,2,3,"), rows.get(1 + 3 * metrics));
        assertTrue(Files.readString(folder.resolve("points/4.yaml")).contains("buffer: 3"));

        Scenario base = line();
        Sizing.Result sizing = Sizing.run(base, base.sizableRoles(0.85), 0.9, new RunOptions(4, 7, 2));
        Path sized = ExperimentFiles.writeSizing(dir.resolve("size"), sizing, base, INFO);
        List<String> sizingRows = Files.readAllLines(sized.resolve(ExperimentFiles.SIZING));
        assertEquals("role,headcount_key,headcount_before,headcount,utilization_metric,max_utilization,utilization_mean,"
                        + "weekly_metric,weeks_per_replication,week_replications_judged,week_replications_above_target,"
                        + "weeks_above_target_per_replication,share_of_weeks_meeting,target_probability,meets,salary_per_year,"
                        + "evaluation,entry",
                sizingRows.get(0));
        assertEquals(1 + 2 + 2 * sizing.evaluations(), sizingRows.size(), "the answer, then every evaluation, a row per role");
        assertTrue(sizingRows.get(1).endsWith("," + sizing.answer() + ",sized"), sizingRows.get(1));
        assertTrue(sizingRows.get(3).endsWith(",1,evaluated"), sizingRows.get(3));
        Scenario again = ScenarioLoader.load(sized.resolve(ExperimentFiles.SIZED).toString());
        assertEquals(sizing.sized().keyParameters(), again.keyParameters(), "sized.yaml runs as the sized scenario");
    }

    /** The week counts behind sizing.csv are folded in replication order: the same bytes on one thread or three. */
    @Test
    void sizingCsvIsTheSameForAnyThreadCount(@TempDir Path dir) throws Exception {
        Scenario base = line();
        List<String> files = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            Sizing.Result sizing = Sizing.run(base, base.sizableRoles(0.85), 0.9, new RunOptions(5, 7, threads));
            Path folder = ExperimentFiles.writeSizing(dir.resolve("size-" + threads), sizing, base, INFO);
            files.add(Files.readString(folder.resolve(ExperimentFiles.SIZING)));
        }
        assertEquals(files.get(0), files.get(1));
    }

    /** A sizing stopped after N evaluations (as by Ctrl-C): whole files, marked incomplete, sized.yaml only if feasible. */
    @Test
    void aStoppedSizingIsWrittenWholeAndMarkedIncomplete(@TempDir Path dir) throws Exception {
        Scenario base = line();
        RunOptions options = new RunOptions(4, 7, 2);
        Sizing.Result full = Sizing.run(base, base.sizableRoles(0.85), 0.9, options);
        int firstFeasible = full.evaluated().stream().filter(Sizing.Evaluation::feasible).findFirst().orElseThrow().number();

        // evaluation 1 puts weld at 1 server, offered 1.5 items/h x 0.85 h = 1.275 servers: not feasible
        Path none = ExperimentFiles.writeSizing(dir.resolve("none"), stoppedAfter(1, base, options), base, INFO);
        JsonNode json = new ObjectMapper().readTree(none.resolve(ExperimentFiles.SIZE_JSON).toFile());
        assertFalse(json.get("complete").asBoolean());
        assertFalse(json.get("feasible").asBoolean());
        assertFalse(json.get("sized_yaml").asBoolean());
        assertEquals(1, json.get("evaluations").asInt());
        assertFalse(Files.exists(none.resolve(ExperimentFiles.SIZED)), "no sized.yaml without a feasible answer");
        List<String> rows = Files.readAllLines(none.resolve(ExperimentFiles.SIZING));
        assertEquals(3, rows.size(), "header and evaluation 1, one row per role: " + rows);
        assertTrue(rows.stream().skip(1).allMatch(r -> r.endsWith(",1,evaluated")), rows.toString());

        Sizing.Result partial = stoppedAfter(firstFeasible, base, options);
        Path some = ExperimentFiles.writeSizing(dir.resolve("some"), partial, base, INFO);
        json = new ObjectMapper().readTree(some.resolve(ExperimentFiles.SIZE_JSON).toFile());
        assertFalse(json.get("complete").asBoolean());
        assertTrue(json.get("feasible").asBoolean() && json.get("sized_yaml").asBoolean());
        assertEquals(firstFeasible, json.get("answer_evaluation").asInt());
        rows = Files.readAllLines(some.resolve(ExperimentFiles.SIZING));
        assertEquals(1 + 2 + 2 * firstFeasible, rows.size());
        assertTrue(rows.get(1).endsWith("," + firstFeasible + ",best_so_far"), rows.get(1));
        Scenario again = ScenarioLoader.load(some.resolve(ExperimentFiles.SIZED).toString());
        assertEquals(partial.sized().keyParameters(), again.keyParameters(), "the best-so-far sized.yaml runs");
    }

    private static Sizing.Result stoppedAfter(int evaluations, Scenario base, RunOptions options) {
        AtomicInteger done = new AtomicInteger();
        return Sizing.run(base, base.sizableRoles(0.85), 0.9, options, (e, counts, outcomes) -> done.set(e),
                () -> done.get() >= evaluations);
    }

    @Test
    void replicationsKeepOnlyScalarValuesSoMemoryStaysFlat() throws Exception {
        // the weekly series are folded into per-week tallies as replications finish; what is kept
        // per replication is one number per metric (a few hundred bytes), never per-event data
        ExperimentResult result = Experiment.run(line(), new RunOptions(6, 7, 2));
        for (ReplicationResult replication : result.replications()) {
            assertTrue(replication.weekly().isEmpty(), "replication " + replication.replication() + " kept weekly series");
        }
        assertFalse(result.weeklyMetrics().isEmpty(), "weekly series are still summarised");
    }
}
