package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --select, in-process through picocli: refused input, the files and report, any thread count. */
class SelectCommandTest extends InProcessCommands {
    private int select(Path dir, String... options) throws Exception {
        return salesim(DeskPlans.compareTwoAndThree(dir, options));
    }

    private String refusal(Path dir, String... options) throws Exception {
        err.getBuffer().setLength(0);
        assertEquals(2, select(dir, options), String.join(" ", options));
        return err.toString().lines().findFirst().orElse("");
    }

    @Test
    void badSelectionOptionsAreRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String out = dir.resolve("cmp").toString();
        String wait = "station.desk.wait_hours";
        for (String x : List.of("0", "-1", "NaN", "Infinity")) {
            assertEquals("salesim: --indifference: found " + Double.valueOf(x) + "; allowed a finite number > 0, in the metric's unit",
                    refusal(dir, "--select", wait, "--indifference", x, "--out", out));
        }
        assertTrue(refusal(dir, "--select", wait, "--out", out).startsWith("salesim: --indifference: found none;"));
        assertTrue(refusal(dir, "--indifference", "1", "--out", out).startsWith("salesim: --indifference: found 1.0 without --select"));
        for (String p : List.of("0.5", "0.2", "1", "1.5")) {
            assertEquals("salesim: --pcs: found " + Double.valueOf(p) + "; allowed a number above 1/2 (picking one of the 2 plans at random)"
                    + " and below 1, e.g. 0.95", refusal(dir, "--select", wait, "--indifference", "0.1", "--pcs", p, "--out", out));
        }
        assertTrue(refusal(dir, "--select", "station.desk.wait_hour", "--indifference", "0.1", "--out", out).startsWith(
                "salesim: --select: found \"station.desk.wait_hour\", a metric not every plan reports; allowed "
                        + "\"station.desk.wait_hours\" (closest match) or one of station.desk.queue_length, station.desk.wait_hours,"));
        // the default metric is the sales organisation's: flow lines do not report it
        assertTrue(refusal(dir, "--select", "--indifference", "0.1", "--out", out).startsWith(
                "salesim: --select: found \"finance.cumulative_net\", a metric not every plan reports;"));
        assertTrue(refusal(dir, "--select", wait, "--indifference", "0.1", "--precision", "0.1", "--out", out)
                .startsWith("salesim: --select: found with --precision;"));
        assertTrue(refusal(dir, "--select", wait, "--indifference", "0.1", "--replications", "1", "--out", out)
                .startsWith("salesim: --replications: found 1; allowed a whole number >= 2 with --select"));
        assertTrue(refusal(dir, "--select", wait, "--indifference", "0.1", "--replications", "20", "--max-replications", "10",
                "--out", out).startsWith("salesim: --max-replications: found 10; allowed a whole number from --replications (20)"));
        assertFalse(Files.exists(dir.resolve("cmp")), "nothing created on bad input");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void selectsWritesSelectionJsonAndShowsTheGuaranteeInTheTerminalAndTheReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, select(dir, "--select", "station.desk.wait_hours", "--indifference", "0.05", "--replications", "10",
                "--seed", "3", "--out", out.toString()));
        JsonNode json = selection(out);
        assertEquals("station.desk.wait_hours", json.get("metric").asText());
        assertEquals("lower", json.get("direction").asText());
        assertEquals(10, json.get("first_stage").asInt());
        assertTrue(json.get("complete").asBoolean());
        // three servers wait less than two: Erlang C at an offered load of 1.5
        assertEquals("desk-3", json.get("selected").asText());
        JsonNode two = json.get("plans").get(0);
        assertTrue(two.get("eliminated").asBoolean());
        assertEquals(two.get("replications").asInt(), two.get("eliminated_at").asInt());
        String guarantee = "With probability at least 95%, the selected plan's true mean wait hours (station.desk.wait_hours) is "
                + "within 0.05 hours of the best plan's.";
        assertEquals(guarantee, json.get("guarantee").asText());
        assertTrue(printed().contains(guarantee), printed());
        assertTrue(printed().lines().anyMatch(l -> l.matches("desk-3 +\\d+ +\\S+ +selected")), printed());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Selection of the best plan") && report.contains(guarantee), "report shows the guarantee");
        assertTrue(report.contains("--select station.desk.wait_hours --indifference 0.05 --replications 10 --seed 3")
                && report.contains("--pcs 0.95"), "reproducible from the report");
        assertTrue(err.toString().contains("1 of 2 plans in contention"), err.toString());
    }

    @Test
    void theSameSeedGivesTheSameSelectionJsonBytesOnAnyThreadCount(@TempDir Path dir) throws Exception {
        byte[] first = null;
        for (String threads : List.of("1", "3")) {
            Path out = dir.resolve("cmp-" + threads);
            // a 0.01 h zone needs replications past the first stage
            assertEquals(0, select(dir, "--select", "station.desk.wait_hours", "--indifference", "0.01", "--replications", "5",
                    "--threads", threads, "--out", out.toString()));
            byte[] bytes = Files.readAllBytes(out.resolve("selection.json"));
            if (first == null) {
                first = bytes;
                assertTrue(new ObjectMapper().readTree(bytes).get("plans").get(1).get("replications").asInt() > 5,
                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                assertArrayEquals(first, bytes);
                assertArrayEquals(Files.readAllBytes(dir.resolve("cmp-1/plans/desk-2/summary.csv")),
                        Files.readAllBytes(out.resolve("plans/desk-2/summary.csv")), "plans ran the same replications");
            }
        }
    }

    @Test
    void atTheReplicationLimitNoPlanIsSelectedAndTheFileSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, select(dir, "--select", "station.desk.wait_hours", "--indifference", "0.0001", "--replications", "5",
                "--max-replications", "12", "--out", out.toString()));
        JsonNode json = selection(out);
        assertFalse(json.get("complete").asBoolean());
        assertTrue(json.get("limit_reached").asBoolean());
        assertTrue(json.get("selected").isNull());
        assertEquals(2, json.get("in_contention").size());
        assertTrue(printed().contains("No plan selected: the limit of 12 replications per plan was reached with desk-2, desk-3"), printed());
    }

    private static JsonNode selection(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve("selection.json").toFile());
    }

    private String printed() {
        return out.toString();
    }
}
