package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, sweep, size and run --precision, in-process through picocli. */
class ExperimentCommandsTest extends InProcessCommands {
    /** Arrivals 1/h into one desk (exp. mean 1.5 h: offered load 1.5 servers), 2 weeks. */
    private static final String DESK = """
            kind: flow-line
            name: desk
            horizon: {weeks: 2}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: desk
                servers: 2
                process_time: {exponential: {mean: 1.5}}
            """;

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<Path> entries(Path dir) throws Exception {
        try (var stream = Files.list(dir)) {
            return stream.sorted().toList();
        }
    }

    @Test
    void compareNamesTheBestPlanPerHeadlineMetricAndWritesTheFiles(@TempDir Path dir) throws Exception {
        Path two = write(dir, "two.yaml", DESK);
        Path three = write(dir, "three.yaml", DESK.replace("name: desk\nh", "name: desk-3\nh").replace("servers: 2", "servers: 3"));
        Path out = dir.resolve("cmp");
        assertEquals(0, salesim("compare", two.toString(), three.toString(), "--replications", "8", "--seed", "3", "--out", out.toString()));
        assertTrue(out().contains("Best plan per headline metric"), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("station.desk.wait_hours") && l.contains("desk-3")), out());
        assertTrue(out().contains("Results written to " + out.toAbsolutePath()), out());
        assertTrue(Files.readAllLines(out.resolve("comparison.csv")).stream()
                .anyMatch(l -> l.startsWith("station.desk.wait_hours,lower,desk,desk-3,") && l.endsWith(",better")),
                "wait at the desk, desk-3 against desk: lower is better, and three servers wait less");
        for (String file : List.of("comparison.csv", "best.csv", "compare.json", "plans/desk/summary.csv", "plans/desk-3/scenario.resolved.yaml")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
    }

    @Test
    void badSetKeysAndValuesExitTwoAndCreateNothing(@TempDir Path dir) throws Exception {
        Path file = write(dir, "desk.yaml", DESK);
        Path out = dir.resolve("sweep");
        assertEquals(2, salesim("sweep", file.toString(), "--set", "stations[0].servrs=2", "--out", out.toString()));
        assertEquals("--set stations[0].servrs=2: stations[0].servrs: found unknown key \"servrs\" in a station; "
                + "allowed \"servers\" (closest match) or one of name, servers, process_time, buffer", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("sweep", file.toString(), "--set", "stations[0].servers=2,0,two", "--out", out.toString()));
        assertEquals(List.of("--set stations[0].servers=0: stations[0].servers: found 0; allowed a whole number >= 1",
                "--set stations[0].servers=two: stations[0].servers: found \"two\"; allowed a whole number >= 1"), err.toString().strip().lines().toList());
        assertEquals(2, salesim("sweep", file.toString(), "--set", "no-equals-sign", "--out", out.toString()));
        assertEquals(2, salesim("sweep", file.toString(), "--set", "stations[0].servers=2,", "--out", out.toString()));
        assertEquals(2, salesim("sweep", file.toString(), "--out", out.toString()), "--set is required");
        assertEquals(List.of(file), entries(dir), "nothing created on bad input");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void sweepWritesOneRowPerPointAndMetric(@TempDir Path dir) throws Exception {
        Path file = write(dir, "desk.yaml", DESK);
        Path out = dir.resolve("sweep");
        assertEquals(0, salesim("sweep", file.toString(), "--set", "stations[0].servers=2,3", "--replications", "3", "--out", out.toString()));
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("point,stations[0].servers,metric,unit,direction,mean,ci95_low,ci95_high,diff_vs_first,diff_ci95_low,diff_ci95_high,"
                + "verdict", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2,3,station.desk.utilization,")), rows.toString());
        assertTrue(out().contains("  2: stations[0].servers = 3"), out());
        assertTrue(out().lines().anyMatch(l -> l.matches("station.desk.utilization +\\S+ ±\\S+ +\\S+ ±\\S+")), out());
    }

    @Test
    void sweepToAPrecisionSaysPerPointWhichMetricLimitedIt(@TempDir Path dir) throws Exception {
        Path file = write(dir, "desk.yaml", DESK);
        Path out = dir.resolve("sweep");
        assertEquals(0, salesim("sweep", file.toString(), "--set", "horizon.weeks=2,8", "--precision", "0.2",
                "--replications", "4", "--max-replications", "200", "--out", out.toString()));
        assertTrue(out().contains("Precision per point"), out());
        // point 1 runs 2 weeks, too short a window to judge (fewer than 3 weeks): its widths may reach 20% but no precision is claimed
        assertTrue(out().lines().anyMatch(l -> l.matches("\\s*1\\s+\\d+\\s+not claimed: short_window\\s+\\S+\\s+[\\d.]+%")), out());
        for (String point : List.of("2")) {
            assertTrue(out().lines().anyMatch(l -> l.matches("\\s*" + point + "\\s+\\d+\\s+(reached|NOT reached)\\s+\\S+\\s+[\\d.]+%")),
                    "point " + point + ": " + out());
        }
        var points = new ObjectMapper().readTree(out.resolve("sweep.json").toFile()).get("precision").get("points");
        assertEquals(2, points.size());
        for (var point : points) {
            int replications = point.get("replications").asInt();
            assertTrue(replications >= 4 && replications <= 200, "between the first batch and the cap: " + replications);
            assertTrue(point.get("limiting_metric").asText().startsWith("s"), point.toString());
        }

        assertEquals(2, salesim("sweep", file.toString(), "--set", "horizon.weeks=2,8", "--precision", "1.5",
                "--out", dir.resolve("bad").toString()));
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void sizeReportsEvaluationsAndWritesASizedScenarioThatRuns(@TempDir Path dir) throws Exception {
        // 8 weeks, each judged; offered load 1.2 servers, so 2 servers run at 60%, far enough under 85% for every week
        Path file = write(dir, "desk.yaml", DESK.replace("servers: 2", "servers: 1").replace("weeks: 2", "weeks: 8")
                .replace("mean: 1.5", "mean: 1.2"));
        Path out = dir.resolve("size");
        assertEquals(0, salesim("size", file.toString(), "--replications", "6", "--out", out.toString()));
        assertTrue(out().matches("(?s).*\\d+ evaluations \\(\\d+ replications\\).*"), out());
        assertTrue(err.toString().contains("evaluation 1: desk="), "progress per evaluation: " + err);
        // one server is overloaded every week; 2 is the first count at or under 85%
        assertTrue(Files.readAllLines(out.resolve("sizing.csv")).get(1).startsWith("desk,stations[0].servers,1,2,"));
        assertTrue(out().contains("weeks short") && out().contains("share of weeks meeting"), out());
        assertTrue(out().contains("of the 8 weeks after warm-up in a replication"), "the legend says which weeks: " + out());
        assertEquals(0, salesim("run", out.resolve("sized.yaml").toString(), "--replications", "2", "--out", dir.resolve("rerun").toString()));

        err.getBuffer().setLength(0);
        assertEquals(2, salesim("size", file.toString(), "--roles", "counter", "--out", dir.resolve("bad").toString()));
        assertTrue(err.toString().startsWith("salesim: --roles: found \"counter\"; allowed one or more of desk"), err.toString());
        assertEquals(2, salesim("size", file.toString(), "--target-probability", "1.5"));
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void runToAPrecisionSaysWhichMetricLimitedIt(@TempDir Path dir) throws Exception {
        // 6 weeks: 2 would be too short a window to judge, and no precision is claimed on a run that cannot be judged
        Path file = write(dir, "desk.yaml", DESK.replace("weeks: 2", "weeks: 6"));
        Path out = dir.resolve("run");
        assertEquals(0, salesim("run", file.toString(), "--precision", "0.2", "--replications", "4", "--max-replications", "60",
                "--out", out.toString()));
        assertTrue(out().matches("(?s).*Precision 20% (reached after|NOT reached: stopped at) \\d+ replications; limiting metric: \\S+.*"), out());
        assertTrue(Files.exists(out.resolve("scenario.resolved.yaml")));
        int replications = new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("replications").asInt();
        assertTrue(replications >= 4 && replications <= 60, "between the first batch and the cap: " + replications);

        assertEquals(2, salesim("run", file.toString(), "--precision", "0", "--out", dir.resolve("bad").toString()));
        assertEquals(2, salesim("run", file.toString(), "--precision", "0.1", "--replications", "10", "--max-replications", "5"));
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void compareToAPrecisionGrowsEveryPlanTogether(@TempDir Path dir) throws Exception {
        Path two = write(dir, "two.yaml", DESK.replace("weeks: 2", "weeks: 6"));  // 2 weeks would be too short to judge
        Path out = dir.resolve("cmp");
        assertEquals(0, salesim("compare", two.toString(), two.toString(), "--precision", "0.2", "--replications", "4",
                "--max-replications", "40", "--out", out.toString()));
        assertTrue(out().matches("(?s).*Precision (NOT )?reached with \\d+ replications per plan; limiting metric: \\S+.*"), out());
        var json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertEquals(json.get("plans").get(0).get("replications").asInt(), json.get("plans").get(1).get("replications").asInt());
        assertTrue(json.has("limiting_metric"));
    }

    @Test
    void compareOfABadFileExitsTwoAndCreatesNothing(@TempDir Path dir) throws Exception {
        Path good = write(dir, "good.yaml", DESK);
        Path bad = write(dir, "bad.yaml", DESK.replace("servers: 2", "servers: -1"));
        assertEquals(2, salesim("compare", good.toString(), bad.toString(), "--out", dir.resolve("cmp").toString()));
        assertEquals(bad + ":7: stations[0].servers: found -1; allowed a whole number >= 1", err.toString().strip());
        assertEquals(2, salesim("compare", good.toString()), "two plans at least");
        assertEquals(List.of(bad, good), entries(dir));
    }

    private String out() {
        return out.toString();
    }
}
