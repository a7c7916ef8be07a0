package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands print: fitted to the screen, in plain words, and quiet or JSON for scripts. */
class TerminalOutputTest extends InProcessCommands {

    private static void fits(String text, int width) {
        // a folder's path is as long as it is: the line that names it is left out
        text.lines().filter(line -> !line.startsWith("Results written to "))
                .forEach(line -> assertTrue(line.length() <= width, line.length() + " columns: " + line));
    }

    @Test
    void wrappedCellsKeepEveryLineWithinTheWidthAndBreakAtSpacesFirst() {
        TextTable table = new TextTable("metric", "best plan", "mean").numbers(2)
                .row("role.customer_service.shortfall_weeks", "cannot tell: transition-factory-door-first or transition-promotions-first", "1.333");
        String text = table.render(50);
        fits(text, 50);
        assertTrue(text.contains("cannot tell"), text);
        assertTrue(text.contains("1.333"), "numbers are never cut: " + text);
        assertEquals(List.of("a long", "  cell"), TextTable.wrap("a long cell", 7));
    }

    @Test
    void listFitsAHundredColumns() {
        assertEquals(0, salesim("list"));
        fits(out.toString(), Screen.DEFAULT_WIDTH);
        assertTrue(out.toString().contains("transition-factory-door-first"), out.toString());
    }

    @Test
    void aThreePlanComparisonFitsAHundredColumns(@TempDir Path dir) throws Exception {
        assertEquals(0, salesim("compare", DeskPlans.desk(dir, 2), DeskPlans.desk(dir, 3), DeskPlans.desk(dir, 4),
                "--replications", "4", "--out", dir.resolve("out").toString()), err.toString());
        fits(out.toString(), Screen.DEFAULT_WIDTH);
    }

    @Test
    void aSweepPrintsAMetricByPointTable(@TempDir Path dir) throws Exception {
        assertEquals(0, salesim("sweep", DeskPlans.desk(dir, 2), "--set", "stations[0].servers=2,3,4", "--set", "horizon.weeks=2,3",
                "--replications", "3", "--out", dir.resolve("out").toString()), err.toString());
        String text = out.toString();
        fits(text, Screen.DEFAULT_WIDTH);
        assertTrue(text.contains("  6: stations[0].servers = 4, horizon.weeks = 3"), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("metric +point 1 +point 2 .*")), text);
        long metricRows = text.lines().filter(line -> line.matches("[a-z_]+\\.[a-z_.\\[\\]0-9]+ .*")).count();
        assertTrue(metricRows < 20, "one row per metric, not per point and metric: " + text);
    }

    @Test
    void aMisspeltScenarioGetsADidYouMean() {
        assertEquals(2, salesim("run", "tradtional"));
        assertTrue(err.toString().contains("did you mean traditional?"), err.toString());
    }

    @Test
    void parseErrorsAreInPlainWords() {
        assertEquals(2, salesim("compare", "mmc"));
        assertTrue(err.toString().startsWith("salesim: compare needs at least two plans, e.g. ./salesim compare "), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("run", "mmc", "--replications", "many"));
        assertTrue(err.toString().startsWith("salesim: --replications: found many; allowed a whole number\n"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("run"));
        assertTrue(err.toString().startsWith("salesim: run needs a scenario, e.g. ./salesim run traditional"), err.toString());
        assertFalse(err.toString().contains("positional parameter"), err.toString());
    }

    @Test
    void aRunEndsWithTheNextStepsAndSaysWhileTheReportIsWritten(@TempDir Path dir) throws Exception {
        assertEquals(0, salesim("run", "dice-game", "--replications", "2", "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("Writing the report and charts into "), err.toString());
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("next: open ") && last.contains("/report.html") && last.contains("./salesim compare dice-game"), last);
    }

    @Test
    void quietPrintsOnlyWhereTheResultsAre(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("out");
        assertEquals(0, salesim("run", "dice-game", "--replications", "2", "--quiet", "--out", folder.toString()));
        assertEquals("Results written to " + folder + " (report.html, charts/, CSV files)", out.toString().strip());
        assertEquals("", err.toString());
    }

    @Test
    void jsonPrintsTheSummaryAndNothingElseOnStdout(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("out");
        assertEquals(0, salesim("run", "dice-game", "--replications", "2", "--json", "--out", folder.toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(folder.toString(), json.get("folder").asText());
        assertTrue(json.get("complete").asBoolean());
        assertTrue(json.get("metrics").get(0).has("ci_low"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, salesim("compare", DeskPlans.desk(dir, 2), DeskPlans.desk(dir, 3), "--replications", "3", "--json", "--quiet",
                "--out", dir.resolve("cmp").toString()));
        assertEquals("desk-2", new ObjectMapper().readTree(out.toString()).get("baseline").asText());
        out.getBuffer().setLength(0);
        assertEquals(0, salesim("sweep", DeskPlans.desk(dir, 2), "--set", "stations[0].servers=2,3", "--replications", "2", "--json",
                "--out", dir.resolve("sweep").toString()));
        assertEquals(2, new ObjectMapper().readTree(out.toString()).get("points").size());
    }

    @Test
    void sizeAndConstraintAreQuietOrJsonForScriptsAsRunIs(@TempDir Path dir) throws Exception {
        Path sized = dir.resolve("size");
        // the desk's utilisation is 1.5/2 at two servers and 1.5 at one: one server is short every week
        assertEquals(0, salesim("size", DeskPlans.desk(dir, 1), "--replications", "3", "--quiet", "--out", sized.toString()), err.toString());
        assertEquals("", err.toString(), "no banner and no evaluation lines");
        assertTrue(out.toString().strip().startsWith("Results written to " + sized + " (sizing.csv"), out.toString());
        assertEquals(1, out.toString().strip().lines().count(), out.toString());

        out.getBuffer().setLength(0);
        Path sizedJson = dir.resolve("size-json");
        assertEquals(0, salesim("size", DeskPlans.desk(dir, 1), "--replications", "3", "--json", "--out", sizedJson.toString()));
        JsonNode size = new ObjectMapper().readTree(out.toString());
        assertEquals(sizedJson.toString(), size.get("folder").asText());
        assertTrue(size.get("feasible").asBoolean());
        JsonNode desk = size.get("roles").get(0);
        assertEquals(1, desk.get("before").asInt());
        assertTrue(desk.get("sized").asInt() > 1 && desk.get("meets").asBoolean(), desk.toString());

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Path probed = dir.resolve("constraint");
        assertEquals(0, salesim("constraint", "division-of-labour", "--replications", "2", "--quiet", "--json",
                "--out", probed.toString()), err.toString());
        assertEquals("", err.toString(), "no banner and no progress");
        JsonNode constraint = new ObjectMapper().readTree(out.toString());
        assertEquals(probed.toString(), constraint.get("folder").asText());
        assertEquals(2, constraint.get("paired_replications").asInt());
        List<String> roles = new ArrayList<>();
        constraint.get("probes").forEach(probe -> roles.add(probe.get("role").asText()));
        assertTrue(roles.contains(constraint.get("marginal_constraint").asText()), constraint.toString());
    }
}
