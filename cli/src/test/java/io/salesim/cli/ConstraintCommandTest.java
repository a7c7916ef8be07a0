package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.charts.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code salesim constraint} on a bundled transition, and one shortfall figure told the same everywhere. */
class ConstraintCommandTest extends InProcessCommands {

    /**
     * The seed's transition, probed in the weeks after the switch: constraint.csv has a row per
     * role with work (and production), the terminal names the marginal constraint, and the
     * report states both views and whether they agree.
     */
    @Test
    void constraintProbesEveryRoleAndTheReportSaysWhereTheViewsAgree(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("c");
        assertEquals(0, salesim("constraint", "transition-factory-door-first", "--weeks", "40-104", "--replications", "3",
                "--threads", "2", "--png", "--out", folder.toString()), err.toString());
        List<String> rows = Files.readAllLines(folder.resolve("constraint.csv"));
        assertEquals("role,weeks,extra_hours,throughput_gain,ci95_low,ci95_high,bottleneck_probability", rows.get(0));
        List<String> roles = rows.stream().skip(1).map(r -> r.split(",")[0]).toList();
        assertEquals(List.of("field_sales", "sales_coordinator", "customer_service", "project_leader", "promotions", "production"), roles);
        // one person for 64 plan weeks of 40 hours
        assertTrue(rows.get(1).startsWith("field_sales,40-104,2560,"), rows.get(1));
        assertTrue(out.toString().contains("Marginal constraint: "), out.toString());
        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("Marginal view (plan weeks 40–104): an extra hour of "), "marginal sentence");
        assertTrue(report.contains("The two views agree") || report.contains("The two views differ"), "agreement sentence");
        assertTrue(Files.isRegularFile(folder.resolve("charts").resolve("marginal-constraint.svg")));
        assertTrue(Files.isRegularFile(folder.resolve("charts").resolve("marginal-constraint.png")), "--png: the slide file too");
        assertTrue(report.contains("./salesim constraint " + folder + "/scenario.yaml --weeks 40-104 --seed 1 --replications 3"),
                "reproduce, with the folder as typed");
    }

    /** {@code --set} as for run: the changed scenario is the one probed and written; a sweep's values or a bad key are refused before anything runs. */
    @Test
    void setChangesTheProbedScenarioAndBadSettingsAreRefused(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("c");
        assertEquals(2, salesim("constraint", "division-of-labour", "--set", "roles.customer_service.headcount=6,7", "--out", folder.toString()));
        assertTrue(err.toString().contains("allowed one value with constraint; several are a sweep: salesim sweep division-of-labour"),
                err.toString());
        assertEquals(2, salesim("constraint", "division-of-labour", "--set", "roles.no_such_role.headcount=6", "--out", folder.toString()));
        assertFalse(Files.exists(folder));
        assertEquals(0, salesim("constraint", "division-of-labour", "--set", "roles.customer_service.headcount=9",
                "--replications", "2", "--weeks", "40-60", "--out", folder.toString()), err.toString());
        String written = Files.readString(folder.resolve("scenario.resolved.yaml"));
        assertTrue(Pattern.compile("customer_service:\\s*\\{?\\s*headcount: 9\\b").matcher(written).find()
                || Pattern.compile("customer_service:\\R(\\s+.*\\R)*?\\s+headcount: 9\\b").matcher(written).find(), written);
    }

    @Test
    void badWeeksAndFlowLinesAreRefusedBeforeAnythingRuns(@TempDir Path dir) {
        Path folder = dir.resolve("c");
        assertEquals(2, salesim("constraint", "division-of-labour", "--weeks", "60-20", "--out", folder.toString()));
        assertTrue(err.toString().contains("--weeks: found 60-20; allowed FROM-TO in plan weeks"), err.toString());
        assertEquals(2, salesim("constraint", "mmc", "--out", folder.toString()));
        assertTrue(err.toString().contains("allowed a sales-organisation scenario"), err.toString());
        assertFalse(Files.exists(folder));
    }

    /**
     * One definition of a shortfall, named the same way everywhere: the terminal's
     * role.customer_service.shortfall_weeks row, summary.csv's row and the report's sentence
     * carry the same mean and interval, and the weeks the report calls "more than half of the
     * replications short" are those whose weekly.csv shortfall_probability is above 0.5.
     */
    @Test
    void terminalCsvAndReportAgreeOnEveryShortfallFigure(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("run");
        assertEquals(0, salesim("run", "transition-salespeople-first", "--replications", "6", "--out", folder.toString()), err.toString());
        double[] csv = null;
        List<String> summary = Files.readAllLines(folder.resolve("summary.csv"));
        List<String> header = List.of(summary.get(0).split(","));
        for (String line : summary) {
            String[] f = line.split(",");
            if (f[header.indexOf("metric")].equals("role.customer_service.shortfall_weeks")) {
                csv = new double[] {Double.parseDouble(f[header.indexOf("mean")]), Double.parseDouble(f[header.indexOf("ci95_low")]),
                        Double.parseDouble(f[header.indexOf("ci95_high")])};
            }
        }
        assertTrue(csv != null && csv[0] > 10, "customer service runs short in the wrong order");
        Matcher terminal = Pattern.compile("role\\.customer_service\\.shortfall_weeks\\s+weeks\\s+(\\S+)\\s+\\[(\\S+), (\\S+)]")
                .matcher(out.toString());
        assertTrue(terminal.find(), out.toString());
        assertEquals(SummaryTable.number(csv[0]), terminal.group(1));
        assertEquals(SummaryTable.number(csv[1]), terminal.group(2));
        assertEquals(SummaryTable.number(csv[2]), terminal.group(3));

        List<Integer> likely = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("weekly.csv"))) {
            String[] f = line.split(",");
            if (f[2].equals("customer_service") && f[3].equals("shortfall_probability") && Double.parseDouble(f[4]) > 0.5) {
                likely.add(Integer.parseInt(f[1]));
            }
        }
        assertFalse(likely.isEmpty());
        String report = Files.readString(folder.resolve("report.html"));
        String sentence = "Customer service is short of its 15% protective-capacity target in " + Numbers.number(csv[0])
                + " weeks per replication (weeks short of protective capacity; 95% CI " + Numbers.number(csv[1]) + " to "
                + Numbers.number(csv[2]) + "); more than half of the replications are short in ";
        int at = report.indexOf(sentence);
        assertTrue(at >= 0, "expected «" + sentence + "» in the report");
        String weeks = report.substring(at + sentence.length(), report.indexOf(" (shortfall probability above 50%)", at));
        assertEquals(weeksText(likely), weeks);
    }

    /** The report's way of writing weeks: "weeks 27–66" or "weeks 27–40 and 45–66". */
    private static String weeksText(List<Integer> weeks) {
        List<String> runs = new ArrayList<>();
        int start = weeks.get(0);
        int previous = start;
        for (int i = 1; i <= weeks.size(); i++) {
            if (i < weeks.size() && weeks.get(i) == previous + 1) {
                previous = weeks.get(i);
                continue;
            }
            runs.add(start == previous ? Integer.toString(start) : start + "–" + previous);
            if (i < weeks.size()) {
                start = weeks.get(i);
                previous = start;
            }
        }
        if (runs.size() > 3) {
            return weeks.size() + " weeks between week " + weeks.get(0) + " and week " + weeks.get(weeks.size() - 1);
        }
        String joined = runs.size() == 1 ? runs.get(0) : String.join(", ", runs.subList(0, runs.size() - 1)) + " and " + runs.get(runs.size() - 1);
        return (weeks.size() == 1 ? "week " : "weeks ") + joined;
    }
}
