package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.charts.RunData;
import io.salesim.reports.fixtures.Csv;
import io.salesim.reports.fixtures.Folders;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The seed's rule "Expenses cannot increase" in the executive summary: one sentence exactly
 * when {@code finance.expense_above_start_weeks} is above zero, its numbers read back from
 * summary.csv with Tablesaw.
 */
class ExpenseSentenceTest {
    private static final String RULE = "against the seed's rule \"Expenses cannot increase\" (seed 004)";

    @TempDir
    Path tmp;

    /** A short traditional run with this plan, written as {@code salesim run} writes it. */
    private Path run(String name, String plan) throws Exception {
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource(name + ".yaml", """
                kind: sales-organisation
                extends: traditional
                name: %s
                horizon_weeks: 30
                warmup_weeks: 4
                plan: %s
                """.formatted(name, plan)));
        return ResultFiles.write(Folders.under(tmp, name), scenario, Experiment.run(scenario, new RunOptions(3, 5, 1)),
                new RunInfo(5, 3, 1, 0.1));
    }

    private static List<String> ruleSentences(Path folder) {
        return ExecutiveSummary.sentences(RunData.read(folder)).stream().filter(s -> s.contains(RULE)).toList();
    }

    private static double[] weeksAbove(Path folder) {
        Table t = Csv.read(folder.resolve("summary.csv"));
        for (int row = 0; row < t.rowCount(); row++) {
            if (t.getString(row, "metric").equals("finance.expense_above_start_weeks")) {
                return new double[] {t.numberColumn("mean").getDouble(row), t.numberColumn("ci95_low").getDouble(row),
                        t.numberColumn("ci95_high").getDouble(row)};
            }
        }
        throw new AssertionError("finance.expense_above_start_weeks is not in summary.csv");
    }

    @Test
    void noSentenceWhileExpensesStayAtTheStart() throws Exception {
        Path steady = run("steady", "[]");
        assertEquals(0, weeksAbove(steady)[0]);
        assertEquals(List.of(), ruleSentences(steady));
    }

    @Test
    void oneSentenceWithTheNumberWhenExpensesRise() throws Exception {
        Path hiring = run("hiring", "[{step: hire, at_week: 2, role: customer_service, count: 3}]");
        double[] weeks = weeksAbove(hiring);
        assertTrue(weeks[0] > 0, "three hires raise the payroll above the start");
        assertEquals(List.of("Operating expense (payroll, field offices and other operating expense) is above the plan's "
                + "starting level in " + Format.withInterval(weeks[0], weeks[1], weeks[2], "weeks per replication, mean across replications")
                + ", " + RULE + "."), ruleSentences(hiring));
    }
}
