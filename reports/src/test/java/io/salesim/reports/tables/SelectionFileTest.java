package io.salesim.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.reports.html.ReportBuilder;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.experiments.Selection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** selection.json and the report's selection section, from a real selection on small lines. */
class SelectionFileTest {
    private static final String WAIT = "station.desk.wait_hours";

    /** One desk, arrivals 1/h, exp. mean 1.5 h, 2 weeks. */
    private static Scenario desk(int servers) throws Exception {
        return ScenarioLoader.parse(new ScenarioSource("desk-" + servers + ".yaml", """
                kind: flow-line
                name: desk-%d
                horizon: {weeks: 2}
                arrivals: {interarrival: {exponential: {mean: 1.0}}}
                stations:
                  - name: desk
                    servers: %d
                    process_time: {exponential: {mean: 1.5}}
                """.formatted(servers, servers)));
    }

    private static Path write(Path folder, double indifference, int max) throws Exception {
        Selection.Result result = Selection.run(List.of(desk(2), desk(3), desk(4)), new RunOptions(5, 3, 2),
                new Selection.Settings(WAIT, indifference, 0.9, max), Selection.Listener.NONE, ReplicationRunner.Progress.NONE,
                () -> false);
        Files.createDirectories(folder);
        RunInfo info = new RunInfo(3, 5, 2, 0.1);
        ExperimentFiles.writeComparisonInto(folder, result.comparison(), info);
        SelectionFile.writeInto(folder, result, info);
        ReportBuilder.buildInto(folder, folder.getFileName().toString());
        return folder;
    }

    @Test
    void eachPlansMeanIsOverTheFirstReplicationsTheProcedureUsed(@TempDir Path dir) throws Exception {
        Path folder = write(dir.resolve("done"), 0.02, 1000);
        JsonNode json = new ObjectMapper().readTree(folder.resolve(SelectionFile.SELECTION_JSON).toFile());
        assertTrue(json.get("complete").asBoolean(), json.toString());
        for (JsonNode plan : json.get("plans")) {
            String name = plan.get("name").asText();
            int used = plan.get("replications").asInt();
            // replications.csv: scenario,replication,metric,value, replications numbered from 1
            double sum = Files.readAllLines(folder.resolve("plans").resolve(name).resolve(ResultFiles.REPLICATIONS)).stream()
                    .map(line -> line.split(",")).filter(cells -> cells[2].equals(WAIT) && Integer.parseInt(cells[1]) <= used)
                    .mapToDouble(cells -> Double.parseDouble(cells[3])).sum();
            assertEquals(sum / used, plan.get("mean").asDouble(), 1e-8 * Math.abs(sum / used), name);
        }
        String report = Files.readString(folder.resolve(ReportBuilder.REPORT_FILE));
        assertTrue(report.contains("Selected: " + json.get("selected").asText() + "."), "report names the plan selected");
        assertTrue(report.contains("With probability at least 90%"), "the report states the guarantee");
    }

    @Test
    void anUnfinishedSelectionSaysNoPlanWasSelectedAndWhichAreStillInContention(@TempDir Path dir) throws Exception {
        Path folder = write(dir.resolve("limit"), 0.0001, 15);
        JsonNode json = new ObjectMapper().readTree(folder.resolve(SelectionFile.SELECTION_JSON).toFile());
        assertTrue(json.get("selected").isNull());
        assertTrue(json.get("limit_reached").asBoolean());
        String report = Files.readString(folder.resolve(ReportBuilder.REPORT_FILE));
        assertTrue(report.contains("No plan was selected.") && report.contains("No plan selected: the limit of 15"), report);
        assertTrue(report.contains("<td>still in contention</td>"), "plans in contention are marked");
    }
}
