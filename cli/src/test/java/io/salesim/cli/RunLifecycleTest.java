package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesim.reports.tables.RunFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command leaves on disk, whatever happens to it: a complete folder, one marked partial
 * with its report, or nothing. The signal tests run salesim as its own process, as a user would.
 */
class RunLifecycleTest extends InProcessCommands {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theReportAndChartsAreInTheFolderWhenItAppears(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, salesim("run", "dice-game", "--replications", "2", "--out", out.toString()));
        assertTrue(names(out).containsAll(List.of("charts", "report.html", "run.json", "summary.csv")), names(out).toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("./salesim report " + out + "<"),
                "the report was built in the hidden workspace but names the folder it became");
        assertEquals(List.of("out"), names(dir), "no hidden workspace left behind");
    }

    @Test
    void aSecondRunIntoAFolderBeingWrittenIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        try (RunFolder firstRun = RunFolder.claim(out)) {
            assertEquals(2, salesim("run", "traditional", "--replications", "1", "--out", out.toString()));
            assertTrue(err.toString().startsWith("salesim: --out: found " + out + ", which another salesim run is writing"), err.toString());
            assertFalse(err.toString().contains("Running"), "refused before running: " + err);
        }
    }

    @Test
    void validateTakesManyFilesOneLinePerProblem(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), "kind: sales-organisation\nextends: traditional\nname: good\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "kind: sales-organisation\nname: bad\nhorizon_weeks: 0\nwarmup_weeks: -1\n");
        assertEquals(0, salesim("validate", good.toString(), "mmc", "dice-game"));
        assertEquals("OK: 3 scenarios", out.toString().strip());
        assertEquals(2, salesim("validate", good.toString(), bad.toString(), "no-such-file.yaml"));
        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(4, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith(bad + ":3: horizon_weeks: found 0"), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ":4: warmup_weeks: found -1"), lines.get(1));
        assertTrue(lines.get(2).startsWith("no-such-file.yaml: SCENARIO: found no such file or bundled scenario"), lines.get(2));
        assertEquals("salesim: 2 of 3 scenarios refused", lines.get(3));
    }

    @Test
    void anOutsizedRunIsRefusedBeforeItStarts() {
        assertEquals(2, salesim("run", "mmc", "--replications", "2147483647"));
        assertTrue(err.toString().startsWith("salesim: --replications: found 2147483647; allowed a whole number from 1 to 10000"),
                err.toString());
        err.getBuffer().setLength(0);
        List<String> elevenPlans = new java.util.ArrayList<>(java.util.Collections.nCopies(11, "mmc"));
        elevenPlans.addAll(0, List.of("compare"));
        elevenPlans.addAll(List.of("--replications", "10000", "--out", "never-created"));
        assertEquals(2, salesim(elevenPlans.toArray(String[]::new)));
        assertTrue(err.toString().startsWith("salesim: --replications: found 11 plans x 10000 = 110000 replications in all; "
                + "allowed at most 100000 in one command"), err.toString());
        assertFalse(Files.exists(Path.of("never-created")));
    }

    @Test
    void theFirstSignalFinishesWithAFolderMarkedPartialAndItsReport(@TempDir Path dir) throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            Path out = dir.resolve("out-" + signal);
            Process salesim = start(out, "traditional", "--replications", "8");
            awaitFirstReplication(salesim);
            kill(salesim, signal);
            assertEquals(1, exitCode(salesim), signal);
            assertFalse(new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("complete").asBoolean(), signal);
            assertTrue(names(out).containsAll(List.of("charts", "report.html", "summary.csv", "weekly.csv")), names(out).toString());
            assertTrue(Files.readString(out.resolve("report.html")).contains("stopped early"), signal);
        }
        assertEquals(List.of("out-INT", "out-TERM"), names(dir), "no leftovers");
    }

    @Test
    void aSecondSignalEndsAtOnceLeavingNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process salesim = start(out, "traditional", "--replications", "8");
        awaitFirstReplication(salesim);
        kill(salesim, "INT");
        kill(salesim, "INT");
        assertEquals(130, exitCode(salesim));
        assertEquals(List.of(), names(dir), "neither the folder nor an empty hidden workspace");
    }

    @Test
    void aKilledRunLeavesNoFolderAndItsLeftoverIsRemovedByTheNextRun(@TempDir Path dir) throws Exception {
        Process salesim = start(dir.resolve("killed"), "traditional", "--replications", "8");
        awaitFirstReplication(salesim);
        kill(salesim, "KILL");
        exitCode(salesim);
        List<String> left = names(dir);
        assertEquals(2, left.size(), left.toString());
        assertEquals(".killed.claim", left.get(0), "the hidden claim of the name ...");
        assertTrue(left.get(1).startsWith(".killed.partial-"), "... and the hidden workspace, nothing else: " + left);
        assertEquals(0, salesim("run", "dice-game", "--replications", "1", "--out", dir.resolve("next").toString()));
        assertEquals(List.of("next"), names(dir), "the next run into the folder removed the leftover");
    }

    private static Process start(Path out, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run"));
        command.addAll(List.of(args));
        command.addAll(List.of("--threads", "1", "--out", out.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits for the plain progress line of the first replication on stderr (not a terminal). */
    private static void awaitFirstReplication(Process salesim) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(salesim.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null && !line.contains("replications done")) {
            // the banner line: "Running ..."
        }
        assertTrue(line != null, "salesim ended before a replication finished");
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
    }

    private static void kill(Process salesim, String signal) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(salesim.pid())).start().waitFor());
        Thread.sleep(200); // two signals in a row: the first is handled before the second arrives
    }

    private static int exitCode(Process salesim) throws InterruptedException {
        assertTrue(salesim.waitFor(60, TimeUnit.SECONDS), "salesim did not end");
        return salesim.exitValue();
    }
}
