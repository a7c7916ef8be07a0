package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees of the run diagnostics: an M/M/1 at ρ = 1.2 (offered load 1.2 ≥ 1, no steady
 * state), one at ρ = 0.95 started empty with no warm-up (biased low for weeks: relaxation ≈ 9
 * weeks), and what {@code --precision} and {@code --warmup} do about them.
 */
class DiagnosticsCommandTest extends InProcessCommands {

    static String mm1(double interarrivalHours, double weeks, double warmupWeeks) {
        return "kind: flow-line\nname: mm1\nhorizon: {weeks: " + weeks + ", warmup_weeks: " + warmupWeeks + "}\n"
                + "arrivals: {interarrival: {exponential: {mean: " + interarrivalHours + "}}}\n"
                + "stations:\n  - {name: server, servers: 1, process_time: {exponential: {mean: 1.0}}}\n";
    }

    private JsonNode runJson(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("run.json").toFile());
    }

    @Test
    void anOverloadedQueueIsWarnedInTheTerminalRunJsonAndTheReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overloaded.yaml");
        Files.writeString(file, mm1(1 / 1.2, 10, 1));
        Path out = dir.resolve("out");
        assertEquals(0, salesim("run", file.toString(), "--replications", "5", "--threads", "2", "--out", out.toString()));
        JsonNode warning = runJson(out).get("warnings").get(0);
        assertEquals("unstable_queue", warning.get("code").asText());
        assertEquals("station.server", warning.get("subject").asText());
        assertEquals(1.2, warning.get("evidence").get("offered_load").asDouble(), 1e-3);
        assertTrue(out.toString().length() > 0);
        assertTrue(this.out.toString().contains("! unstable_queue station.server: offered load 1.2 >= 1"), this.out.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("id=\"diagnostics\"") && report.contains("unstable_queue"), "the report lists the warning");
    }

    @Test
    void aStableRunHasAnEmptyWarningList(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, salesim("run", "mmc", "--replications", "5", "--threads", "2", "--out", out.toString()));
        assertEquals(0, runJson(out).get("warnings").size(), runJson(out).get("warnings").toString());
        assertFalse(this.out.toString().contains("Warnings"), this.out.toString());
    }

    @Test
    void precisionIsNotClaimedWhileTheWarmupIsTooShort(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty-start.yaml");
        Files.writeString(file, mm1(1 / 0.95, 20, 0));
        Path out = dir.resolve("out");
        assertEquals(0, salesim("run", file.toString(), "--precision", "0.05", "--threads", "2", "--out", out.toString()));
        JsonNode precision = runJson(out).get("precision");
        assertTrue(precision.get("widths_within_target").asBoolean(), precision.toString());
        assertFalse(precision.get("claimed").asBoolean(), precision.toString());
        assertTrue(precision.get("not_claimed_because").asText().startsWith("warmup_too_short"), precision.toString());
        assertTrue(this.out.toString().contains("Precision 5% NOT claimed"), this.out.toString());
        assertFalse(this.out.toString().contains("reached after"), this.out.toString());
    }

    @Test
    void warmupAutoRunsWithTheDetectedWarmupAndANumberIsUsedAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty-start.yaml");
        Files.writeString(file, mm1(1 / 0.95, 20, 0));
        Path auto = dir.resolve("auto");
        assertEquals(0, salesim("run", file.toString(), "--warmup", "auto", "--threads", "2", "--out", auto.toString()));
        assertTrue(err.toString().contains("Warm-up: "), err.toString());
        double detected = new ObjectMapper().readTree(Files.readString(auto.resolve("scenario.resolved.yaml"))
                .replaceAll("(?s).*warmup_weeks: ([0-9.]+).*", "$1")).asDouble();
        assertTrue(detected >= 1, "an empty start near saturation needs a warm-up; detected " + detected);
        Path given = dir.resolve("given");
        assertEquals(0, salesim("run", file.toString(), "--warmup", "6", "--replications", "3", "--out", given.toString()));
        assertTrue(Files.readString(given.resolve("scenario.resolved.yaml")).contains("warmup_weeks: 6"));
    }

    @Test
    void aBadWarmupIsBadInputAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertEquals(2, salesim("run", "mmc", "--warmup", "soon", "--out", out.toString()));
        assertTrue(err.toString().contains("--warmup: found soon; allowed a number of weeks"), err.toString());
        assertEquals(2, salesim("run", "mmc", "--warmup", "500", "--out", out.toString()));
        assertTrue(err.toString().contains("warmup_weeks"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void compareAndSweepJudgeEveryPlanAndPoint(@TempDir Path dir) throws Exception {
        Path overloaded = dir.resolve("overloaded.yaml");
        Files.writeString(overloaded, mm1(1 / 1.2, 10, 1).replace("name: mm1", "name: overloaded"));
        Path compared = dir.resolve("cmp");
        assertEquals(0, salesim("compare", "mmc", overloaded.toString(), "--replications", "4", "--threads", "2",
                "--out", compared.toString()));
        assertEquals(0, runJson(compared.resolve("plans").resolve("mmc")).get("warnings").size());
        JsonNode planWarning = runJson(compared.resolve("plans").resolve("overloaded")).get("warnings").get(0);
        assertEquals("unstable_queue", planWarning.get("code").asText());
        JsonNode plans = new ObjectMapper().readTree(compared.resolve("compare.json").toFile()).get("plans");
        assertEquals("unstable_queue", plans.get(1).get("warnings").get(0).get("code").asText());
        assertTrue(this.out.toString().contains("! unstable_queue overloaded: station.server"), this.out.toString());

        // mmc at interarrival 0.33 h: 3.03 an hour against 3 servers of 1 an hour, an offered load of 1.01
        Path swept = dir.resolve("sweep");
        assertEquals(0, salesim("sweep", "mmc", "--set", "arrivals.interarrival.exponential.mean=0.4,0.33", "--replications", "3",
                "--threads", "2", "--out", swept.toString()));
        JsonNode warnings = new ObjectMapper().readTree(swept.resolve("sweep.json").toFile()).get("warnings");
        assertTrue(warnings.size() >= 1, warnings.toString());
        for (JsonNode warning : warnings) {
            assertEquals(2, warning.get("point").asInt(), "only the overloaded point is warned: " + warnings);
        }
        assertEquals("station.desk", warnings.get(0).get("subject").asText());
    }
}
