package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process through picocli, as {@code salesim} would run them. */
class CliTest extends InProcessCommands {
    private static final String SHORT_LINE = """
            kind: flow-line
            name: short
            horizon: {weeks: 2}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: desk
                servers: 2
                process_time: {exponential: {mean: 1.5}}
            """;

    @Test
    void validateSaysOkForABundledScenario() {
        assertEquals(0, salesim("validate", "mmc"));
        assertEquals("OK", out.toString().strip());
    }

    @Test
    void validateNamesFileLineAndKeyOfABrokenScenario(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, SHORT_LINE.replace("servers: 2", "servers: -2"));
        assertEquals(2, salesim("validate", file.toString()));
        assertEquals(file + ":7: stations[0].servers: found -2; allowed a whole number >= 1", err.toString().strip());
        assertFalse(err.toString().contains("Exception"), "no stack trace");
    }

    @Test
    void runOfABadScenarioExitsTwoAndCreatesNoFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, SHORT_LINE.replace("process_time", "proces_time"));
        Path out = dir.resolve("out");
        assertEquals(2, salesim("run", file.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains(":8: stations[0].proces_time: found unknown key"), err.toString());
        assertFalse(Files.exists(out));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "nothing but the scenario file");
        }
    }

    @Test
    void runWritesTheRunFolderAndPrintsTheTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, SHORT_LINE);
        Path out = dir.resolve("out");
        assertEquals(0, salesim("run", file.toString(), "--replications", "3", "--threads", "2", "--seed", "5", "--out", out.toString()));
        for (String name : new String[] {"summary.csv", "replications.csv", "weekly.csv", "run.json", "scenario.yaml"}) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        assertEquals(5, new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("seed").asInt());
        // where the time went: simulate (replications, CSV and JSON) and report (charts, HTML) make up the command
        var json = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        double simulate = json.get("seconds").get("simulate").asDouble();
        double report = json.get("seconds").get("report").asDouble();
        assertTrue(simulate > 0 && report > 0, json.toString());
        assertTrue(Math.abs(json.get("wall_seconds").asDouble() - (simulate + report)) <= 0.002, json.toString());
        assertTrue(out().contains("station.desk.wait_hours"), out());
        assertTrue(out().contains("95% CI"), out());
        assertTrue(out().contains("Results written to " + out.toAbsolutePath()), out());
        assertTrue(err.toString().contains("3/3 replications done"), "plain progress lines when not on a terminal: " + err);
    }

    /** {@code run --set}: the Penny Fab at W = 6 holds 6 items and the copy of the scenario says so; several values are a sweep. */
    @Test
    void runSetsAKeyForOneRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("six");
        assertEquals(0, salesim("run", "penny-fab", "--set", "release.conwip=6", "--replications", "2", "--out", out.toString()));
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("penny-fab,system.wip,items,lower,headline,6,0,6,6,2"),
                Files.readString(out.resolve("summary.csv")));
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("conwip: 6"));
        assertEquals(2, salesim("run", "penny-fab", "--set", "release.conwip=1,2", "--out", dir.resolve("two").toString()));
        assertTrue(err.toString().strip().endsWith("\n--set release.conwip=1,2: release.conwip: found 2 values; allowed one value with run; "
                + "several are a sweep: salesim sweep penny-fab --set release.conwip=1,2"), err.toString());
    }

    @Test
    void runRefusesAFolderWithEarlierResults(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("summary.csv"), "earlier");
        assertEquals(2, salesim("run", "mmc", "--replications", "1", "--out", out.toString()));
        assertTrue(err.toString().contains("--out: found"), err.toString());
        assertEquals("earlier", Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void badArgumentsExitTwoWithAShortMessage() {
        assertEquals(2, salesim("run", "mmc", "--replications", "0"));
        assertTrue(err.toString().startsWith("salesim: --replications: found 0; allowed a whole number from 1 to 10000"), err.toString());
        assertTrue(err.toString().lines().count() <= 2, err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("run", "mmc", "--threads", "many"));
        assertEquals(2, salesim("run"));
        assertEquals(2, salesim("frobnicate"));
        assertEquals(2, salesim());
        assertEquals(2, salesim("run", "no-such-scenario"));
        assertTrue(err.toString().contains("no-such-scenario: SCENARIO: found no such file or bundled scenario"), err.toString());
    }

    @Test
    void anOutFolderThatCannotBeCreatedIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertEquals(2, salesim("run", "dice-game", "--replications", "1", "--out", notAFolder.resolve("run").toString()));
        assertTrue(err.toString().startsWith("salesim: --out: found " + notAFolder.resolve("run") + ", which is inside "
                + notAFolder + ", a file, not a folder"), err.toString());
        assertFalse(err.toString().contains("Running"), "nothing ran: " + err);
        assertEquals(2, salesim("run", "dice-game", "--replications", "1", "--out", notAFolder.toString()));
        assertTrue(err.toString().contains("which is a file, not a folder"), err.toString());
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "nothing written next to the file");
        }
    }

    @Test
    void aFailureWhileRunningIsOnePlainLineAndExitsOne() {
        StringWriter text = new StringWriter();
        assertEquals(1, Main.failed(new CommandFailure("cannot write /full/out/weekly.csv: No space left on device; "
                + "nothing was written", new IOException("No space left on device")), new PrintWriter(text), false));
        assertEquals("salesim: cannot write /full/out/weekly.csv: No space left on device; nothing was written", text.toString().strip());
        text.getBuffer().setLength(0);
        assertEquals(1, Main.failed(new IllegalStateException("boom \u001b[2J"), new PrintWriter(text), false));
        assertEquals("salesim: failed: IllegalStateException: boom \\u001b[2J\n(run again with --debug for the stack trace)",
                text.toString().strip());
        text.getBuffer().setLength(0);
        assertEquals(1, Main.failed(new IllegalStateException("boom"), new PrintWriter(text), true));
        assertTrue(text.toString().contains("\tat "), "--debug shows the stack trace: " + text);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "compare", "sweep", "size", "validate", "list"}) {
            assertEquals(0, salesim(command, "--help"), command);
        }
        assertTrue(out().contains("--replications=N"), out());
    }

    @Test
    void listShowsTheBundledScenariosEachOnALineOfItsOwn() {
        assertEquals(0, salesim("list"));
        // a header, then a line per scenario; a long description goes on indented continuation lines
        String[] lines = out().strip().lines().skip(1).filter(line -> !line.startsWith(" ")).toArray(String[]::new);
        assertEquals(12, lines.length, out());
        assertTrue(lines[0].startsWith("mmc "), lines[0]);
        assertTrue(lines[1].startsWith("dice-game "), lines[1]);
        assertTrue(lines[2].startsWith("dice-line "), lines[2]);
        assertTrue(lines[3].startsWith("protective-capacity "), lines[3]);
        assertTrue(lines[4].startsWith("penny-fab "), lines[4]);
        assertTrue(lines[5].startsWith("traditional "), lines[5]);
        assertTrue(lines[9].startsWith("transition-salespeople-first "), lines[9]);
    }

    private String out() {
        return out.toString();
    }
}
