package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --margin, --vary and --vary-assumptions, in-process: refused input, robustness.csv, the terminal and the report. */
class VaryCommandTest extends InProcessCommands {
    private int compare(Path dir, String... options) throws Exception {
        return salesim(DeskPlans.compareTwoAndThree(dir, options));
    }

    private String refusal(Path dir, String... options) throws Exception {
        err.getBuffer().setLength(0);
        assertEquals(2, compare(dir, options), String.join(" ", options));
        return err.toString().strip();
    }

    @Test
    void badMarginsAndVariedValuesAreRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String out = dir.resolve("cmp").toString();
        for (String x : List.of("0", "-5", "NaN", "Infinity")) {
            assertEquals("salesim: --margin: found " + Double.valueOf(x) + "; allowed a number > 0 (in the money metrics' unit, $)",
                    refusal(dir, "--margin", x, "--out", out));
        }
        assertEquals("--vary stations[0].servrs=2: stations[0].servrs: found unknown key \"servrs\" in a station; "
                + "allowed \"servers\" (closest match) or one of name, servers, process_time, buffer",
                refusal(dir, "--vary", "stations[0].servrs=2", "--out", out));
        assertEquals("--vary stations[0].servers=0: stations[0].servers: found 0; allowed a whole number >= 1",
                refusal(dir, "--vary", "stations[0].servers=2,0", "--out", out));
        assertTrue(refusal(dir, "--vary", "no-equals-sign", "--out", out).startsWith("--vary no-equals-sign:"));
        assertTrue(refusal(dir, "--vary-assumptions", "--out", out).startsWith(
                "salesim: --vary-assumptions: found no assumption with a range in desk-2;"));
        assertFalse(Files.exists(dir.resolve("cmp")), "nothing created on bad input");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    /**
     * Two servers against three at an offered load of 1.5: three wait less. Rerun at process
     * times of 0.2 h and 1.4 h on the same random numbers, a third server still never makes the
     * wait longer; robustness.csv has every value, the terminal counts the verdicts that hold.
     */
    @Test
    void eachVariedValueIsRerunOnTheSameRandomNumbersAndReported(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, compare(dir, "--replications", "10", "--seed", "3", "--margin", "0.5",
                "--vary", "stations[0].process_time={exponential: {mean: 0.2}},{exponential: {mean: 1.4}}", "--out", out.toString()),
                err.toString());
        List<String> rows = Files.readAllLines(out.resolve("robustness.csv"));
        assertEquals("metric,baseline,alternative,key,value,mean_diff,ci95_low,ci95_high,verdict", rows.get(0));
        String wait = "station.desk.wait_hours,desk-2,desk-3,stations[0].process_time,";
        for (String value : List.of("{exponential: {mean: 0.2}}", "{exponential: {mean: 1.4}}")) {
            String row = rows.stream().filter(r -> r.startsWith(wait + value + ",")).findFirst().orElseThrow();
            assertTrue(row.endsWith(",better"), "a third server shortens the wait on the same arrivals: " + row);
        }
        assertTrue(this.out.toString().replaceAll("\\s+", " ").contains("headline verdicts hold at every value"), this.out.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Does the verdict hold?"), "the report's robustness section");
        // the margin is asked on the money metrics only: flow lines have none, so the column is there and empty
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(comparison.get(0).endsWith(",verdict,margin,prob_better_by_margin"), comparison.get(0));
    }
}
