package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.charts.ChartOptions;
import io.salesim.reports.charts.Numbers;
import io.salesim.reports.fixtures.Csv;
import io.salesim.reports.fixtures.Folders;
import io.salesim.reports.fixtures.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.Table;

/**
 * The report of each kind of folder is well-formed, self-contained and shows every chart;
 * its summary sentences are recomputed here from the CSV files with Tablesaw directly.
 */
class ReportBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void salesReportStatesBottlenecksShortfallsAndHeadlinesFromTheCsvs() throws Exception {
        Path folder = RunFolders.salesOrganisation(Folders.under(tmp, "sales"));
        Document doc = buildAndCheck(folder);
        String text = ReportXml.text(doc);

        // Most likely bottleneck per week = the role with the highest probability in bottlenecks.csv.
        Table bottlenecks = Csv.read(folder.resolve("bottlenecks.csv"));
        Map<Integer, String> leader = new LinkedHashMap<>();
        Map<Integer, Double> best = new LinkedHashMap<>();
        for (int row = 0; row < bottlenecks.rowCount(); row++) {
            int week = bottlenecks.numberColumn("week").getDouble(row) > 0 ? (int) bottlenecks.numberColumn("week").getDouble(row) : -1;
            double p = bottlenecks.numberColumn("probability").getDouble(row);
            if (p > best.getOrDefault(week, 0.0)) {
                best.put(week, p);
                leader.put(week, bottlenecks.getString(row, "resource"));
            }
        }
        // plan weeks only, as the charts show them: the fixture's scenario has a 26-week warm-up
        int warmup = 26;
        leader.keySet().removeIf(week -> week <= warmup);
        long fieldSalesWeeks = leader.values().stream().filter("field_sales"::equals).count();
        List<Integer> csWeeks = leader.entrySet().stream().filter(e -> e.getValue().equals("customer_service")).map(Map.Entry::getKey).toList();
        assertTrue(text.contains("Field sales is the most likely bottleneck in " + fieldSalesWeeks + " of " + (104 - warmup)
                + " plan weeks"), text);
        assertTrue(text.contains("customer service in " + csWeeks.size() + " ("), text);

        // Customer service: weeks with mean protective capacity under the scenario's 15% target, and the share of
        // replications with a shortfall week (role.customer_service.shortfall_weeks > 0 in replications.csv).
        Table weekly = Csv.read(folder.resolve("weekly.csv"));
        List<Integer> shortWeeks = new ArrayList<>();
        for (int row = 0; row < weekly.rowCount(); row++) {
            if (weekly.getString(row, "resource").equals("customer_service") && weekly.getString(row, "metric").equals("protective_capacity")
                    && weekly.numberColumn("mean").getDouble(row) < 0.15) {
                shortWeeks.add((int) weekly.numberColumn("week").getDouble(row));
            }
        }
        assertEquals(shortWeeks.size(), shortWeeks.get(shortWeeks.size() - 1) - shortWeeks.get(0) + 1, "one contiguous run in this fixture");
        // the two shortfall numbers, named as in the CSVs: weeks short per replication (summary.csv) and the
        // weeks whose shortfall probability (weekly.csv) is above one half
        Table summaryTable = Csv.read(folder.resolve("summary.csv"));
        double[] weeksShort = new double[3];
        for (int row = 0; row < summaryTable.rowCount(); row++) {
            if (summaryTable.getString(row, "metric").equals("role.customer_service.shortfall_weeks")) {
                weeksShort = new double[] {summaryTable.numberColumn("mean").getDouble(row),
                        summaryTable.numberColumn("ci95_low").getDouble(row), summaryTable.numberColumn("ci95_high").getDouble(row)};
            }
        }
        List<Integer> likely = new ArrayList<>();
        for (int row = 0; row < weekly.rowCount(); row++) {
            if (weekly.getString(row, "resource").equals("customer_service") && weekly.getString(row, "metric").equals("shortfall_probability")
                    && weekly.numberColumn("mean").getDouble(row) > 0.5) {
                likely.add((int) weekly.numberColumn("week").getDouble(row));
            }
        }
        assertEquals(shortWeeks, likely, "in this fixture the weeks short on average are the weeks most replications are short");
        String expected = String.format(Locale.ROOT, "Customer service is short of its 15%% protective-capacity target in %s weeks "
                        + "per replication (weeks short of protective capacity; 95%% CI %s to %s); more than half of the replications "
                        + "are short in weeks %d–%d (shortfall probability above 50%%)",
                Numbers.number(weeksShort[0]), Numbers.number(weeksShort[1]), Numbers.number(weeksShort[2]),
                likely.get(0), likely.get(likely.size() - 1));
        assertTrue(text.contains(expected), "expected «" + expected + "» in " + text);

        // Headline metric with its interval, as in summary.csv (values ≥ 10 print with one decimal).
        Table summary = Csv.read(folder.resolve("summary.csv"));
        for (int row = 0; row < summary.rowCount(); row++) {
            if (summary.getString(row, "metric").equals("sales.bd_meetings_per_week")) {
                String line = String.format(Locale.ROOT, "BD meetings per week: %,.1f meetings/week (95%% CI %,.1f to %,.1f)",
                        summary.numberColumn("mean").getDouble(row), summary.numberColumn("ci95_low").getDouble(row),
                        summary.numberColumn("ci95_high").getDouble(row));
                assertTrue(text.contains(line), "expected «" + line + "» in " + text);
            }
        }
        assertTrue(text.contains("./salesim run sales/scenario.yaml --seed 42 --replications 20"), "reproduce command");
        assertTrue(text.contains("roles.customer_service.max_utilization"), "scenario parameters listed");
        // the designated constraint is described by how busy it is, never listed as protected or short
        assertTrue(text.contains("Field sales is the designated constraint and is busy"), "constraint sentence");
        // the assumed values, from assumptions.csv, with unit and reason
        assertTrue(text.contains("Assumptions") && text.contains("service.repeat_lift_per_on_time_point")
                && text.contains("the seed names the lift from fixing CS, not its size"), "assumptions listed");
    }

    /** In the Penny Fab at W = W0 every machine is busy all the time and nothing waits: the summary names them all, and no queue. */
    @Test
    void aBalancedClosedLineNamesEveryBusiestStationAndNoQueue() throws Exception {
        Document doc = buildAndCheck(RunFolders.pennyFab(Folders.under(tmp, "penny")));
        String text = ReportXml.text(doc);
        assertTrue(text.contains("The busiest stations are head_stamp, tail_stamp, rim and deburr, each at 100%"), text);
        assertTrue(text.contains("No queue forms in front of any station."), text);
        assertTrue(text.contains("CONWIP: a fixed WIP of 4 items"), "key parameters: " + text);
    }

    @Test
    void flowLineReportNamesTheBusiestStation() throws Exception {
        Path folder = RunFolders.flowLine(Folders.under(tmp, "flow"));
        Document doc = buildAndCheck(folder);
        Table summary = Csv.read(folder.resolve("summary.csv"));
        String busiest = null;
        double highest = -1;
        for (int row = 0; row < summary.rowCount(); row++) {
            String metric = summary.getString(row, "metric");
            if (metric.startsWith("station.") && metric.endsWith(".utilization") && summary.numberColumn("mean").getDouble(row) > highest) {
                highest = summary.numberColumn("mean").getDouble(row);
                busiest = metric.split("\\.")[1];
            }
        }
        String expected = String.format(Locale.ROOT, "The busiest station is %s at %.0f%%", busiest, 100 * highest);
        assertTrue(ReportXml.text(doc).contains(expected), "expected «" + expected + "»");
    }

    @Test
    void comparisonReportCountsBetterWorseAndUnclearMetrics() throws Exception {
        Path folder = RunFolders.comparison(Folders.under(tmp, "compare"));
        Document doc = buildAndCheck(folder);
        Table comparison = Csv.read(folder.resolve("comparison.csv"));
        // counted from the interval and the declared direction, not from the file's own verdict column
        int better = 0;
        int worse = 0;
        int directed = 0;
        for (int row = 0; row < comparison.rowCount(); row++) {
            String direction = comparison.getString(row, "direction");
            if (direction.equals("neutral")) {
                assertEquals("", comparison.getString(row, "verdict"), "a neutral metric has no verdict");
                continue;
            }
            directed++;
            double low = comparison.numberColumn("ci95_low").getDouble(row);
            double high = comparison.numberColumn("ci95_high").getDouble(row);
            boolean higher = direction.equals("higher");
            better += (higher ? low > 0 : high < 0) ? 1 : 0;
            worse += (higher ? high < 0 : low > 0) ? 1 : 0;
        }
        int n = comparison.rowCount();
        assertTrue(directed > 0 && directed < n, "the fixture has metrics of both kinds");
        String expected = "transition-factory-door-first is better on " + better + " of the " + directed
                + " metrics with a direction, worse on " + worse + ", and the data cannot tell them apart on "
                + (directed - better - worse);
        assertTrue(ReportXml.text(doc).contains(expected), "expected «" + expected + "»");
        assertEquals(n, ((Element) doc.getElementsByTagName("table").item(0)).getElementsByTagName("tr").getLength() - 1,
                "one comparison table row per CSV row");
    }

    @Test
    void threePlanComparisonSpeaksForEachAlternative() throws Exception {
        Path folder = Files.createDirectories(Folders.under(tmp, "compare3"));
        // Plan names in the baseline/alternative columns; the baseline's means (for % of the baseline) in summary.csv.
        Files.writeString(folder.resolve("comparison.csv"), """
                metric,direction,baseline,alternative,mean_diff,ci95_low,ci95_high,prob_better,verdict
                finance.net_per_week,higher,door-first,salespeople-first,-1200,-1500,-900,0.05,worse
                cs.on_time_pct,higher,door-first,salespeople-first,-8.5,-10.1,-6.9,0.1,worse
                roles.field_sales.headcount,neutral,door-first,salespeople-first,-2,-2,-2,,
                finance.net_per_week,higher,door-first,promotions-first,-300,-800,200,0.35,cannot tell
                cs.on_time_pct,higher,door-first,promotions-first,-12.0,-14.0,-10.0,0.0,worse
                """);
        Files.writeString(folder.resolve("summary.csv"), """
                scenario,metric,unit,direction,importance,mean,stdev,ci95_low,ci95_high,replications
                door-first,finance.net_per_week,$/week,higher,headline,24000,900,23600,24400,20
                door-first,cs.on_time_pct,%,higher,headline,91,3,89.6,92.4,20
                door-first,roles.field_sales.headcount,people,neutral,detail,6,0,6,6,20
                """);
        Document doc = buildAndCheck(folder);
        String text = ReportXml.text(doc);
        // Each alternative: both metrics have intervals below zero except promotions' net (CI spans 0); the
        // head count is neutral and counted on neither side.
        assertTrue(text.contains("Against door-first, salespeople-first is better on 0 of the 2 metrics with a direction, worse on 2, "
                + "and the data cannot tell them apart on 0"), text);
        assertTrue(text.contains("Against door-first, promotions-first is better on 0 of the 2 metrics with a direction, worse on 1, "
                + "and the data cannot tell them apart on 1"), text);
        assertTrue(text.contains("./salesim compare door-first salespeople-first promotions-first"), "reproduce command");
    }

    @Test
    void sweepReportGivesTheRangeOfEachMetric() throws Exception {
        Path folder = RunFolders.sweep(Folders.under(tmp, "sweep"));
        Document doc = buildAndCheck(folder);
        Table sweep = Csv.read(folder.resolve("sweep.csv"));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < sweep.rowCount(); row++) {
            if (sweep.getString(row, "metric").equals("cs.on_time_pct")) {
                min = Math.min(min, sweep.numberColumn("mean").getDouble(row));
                max = Math.max(max, sweep.numberColumn("mean").getDouble(row));
            }
        }
        // the fixture's on-time rises with head count: the sentence names where it starts and ends
        String expected = String.format(Locale.ROOT, "Customer service on time (%%) rises from %.1f%%", min);
        String text = ReportXml.text(doc);
        assertTrue(text.contains(expected) && text.contains(String.format(Locale.ROOT, "to %.1f%%", max)), "expected «" + expected + "» in " + text);
        assertTrue(text.contains("./salesim sweep") && text.contains("--set roles.customer_service.headcount=4,5,6,7,8"), "reproduce command");
    }

    @Test
    void rebuildingGivesTheSameBytesAndLeavesNoTemporaryFiles() throws Exception {
        Path folder = RunFolders.salesOrganisation(tmp.resolve("again"));
        byte[] first = Files.readAllBytes(ReportBuilder.build(folder));
        byte[] second = Files.readAllBytes(ReportBuilder.build(folder));
        assertArrayEquals(first, second, "report.html depends only on the CSV files");
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "temporary files left");
        }
    }

    /** {@code salesim report} replaces charts/ whole: a chart of an earlier build and a killed rebuild's staging go. */
    @Test
    void aRebuildReplacesTheChartsWholeAndTidiesAKilledRebuild() throws Exception {
        Path folder = RunFolders.flowLine(tmp.resolve("rebuilt"));
        ReportBuilder.build(folder);
        Files.writeString(folder.resolve("charts").resolve("from-an-older-version.png"), "stale");
        Path killed = Files.createDirectories(folder.resolve(".report.staging-123").resolve("charts"));
        Files.writeString(killed.resolve("half.png"), "half a chart");
        ReportBuilder.build(folder);
        assertFalse(Files.exists(folder.resolve("charts").resolve("from-an-older-version.png")));
        assertFalse(Files.exists(folder.resolve(".report.staging-123")));
        assertTrue(countCharts(folder.resolve("charts"), ".svg") > 0);
        assertEquals(0, countCharts(folder.resolve("charts"), ".png"), "no PNG unless asked");
        assertFalse(ReportBuilder.hasPngCharts(folder));
    }

    /** With PNGs asked for, each chart has both files and the caption names both; the page is the same otherwise. */
    @Test
    void pngsWhenAskedAreNamedInTheCaptions() throws Exception {
        Path folder = RunFolders.flowLine(tmp.resolve("with-png"));
        String svgOnly = Files.readString(ReportBuilder.build(folder));
        String withPng = Files.readString(ReportBuilder.build(folder, new ChartOptions(true, 2)));
        long svgs = countCharts(folder.resolve("charts"), ".svg");
        assertEquals(svgs, countCharts(folder.resolve("charts"), ".png"));
        assertTrue(ReportBuilder.hasPngCharts(folder));
        assertTrue(withPng.contains("Files: charts/flow-wip.svg, charts/flow-wip.png"), "caption names the PNG");
        assertTrue(svgOnly.contains("File: charts/flow-wip.svg<"), "caption names the SVG alone");
        assertEquals(svgOnly.replace("File: charts/flow-wip.svg<", "").replace("File: charts/flow-throughput.svg<", ""),
                withPng.replace("Files: charts/flow-wip.svg, charts/flow-wip.png<", "")
                        .replace("Files: charts/flow-throughput.svg, charts/flow-throughput.png<", ""), "only the captions differ");
    }

    /** One thread or several: the same report, byte for byte. */
    @Test
    void theReportDoesNotDependOnTheThreadCount() throws Exception {
        Path folder = RunFolders.salesOrganisation(tmp.resolve("threads"));
        byte[] one = Files.readAllBytes(ReportBuilder.build(folder, new ChartOptions(false, 1)));
        byte[] three = Files.readAllBytes(ReportBuilder.build(folder, new ChartOptions(false, 3)));
        assertArrayEquals(one, three);
    }

    /** Builds the report; checks it parses, is self-contained and inlines one SVG per chart file. */
    private static Document buildAndCheck(Path folder) throws Exception {
        Path report = ReportBuilder.build(folder);
        assertEquals(folder.resolve("report.html"), report);
        Document doc = ReportXml.parse(report);
        ReportXml.assertSelfContained(report, doc);
        ReportXml.assertIdsUniqueAndResolved(report);
        long svgs = countCharts(folder.resolve("charts"), ".svg");
        assertTrue(svgs > 0, "no charts written");
        NodeList figures = doc.getElementsByTagName("figure");
        assertEquals(svgs, figures.getLength(), "one figure per chart");
        for (int i = 0; i < figures.getLength(); i++) {
            assertEquals(1, ((Element) figures.item(i)).getElementsByTagName("svg").getLength(), "figure " + i + " inlines its SVG");
        }
        return doc;
    }

    private static long countCharts(Path charts, String extension) throws IOException {
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(p -> p.toString().endsWith(extension)).count();
        }
    }
}
