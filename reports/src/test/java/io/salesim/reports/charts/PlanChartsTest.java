package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.fixtures.Folders;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The time charts of a real (short, simulated) run with a plan: weeks from the plan's start,
 * plan-step markers where the scenario puts them, the cumulative money chart ending at the
 * headline cumulative net, one protective-capacity panel per role with that role's target,
 * legends naming only what is drawn.
 */
class PlanChartsTest {
    private static final int WARMUP_WEEKS = 4;
    private static final int HORIZON_WEEKS = 30;

    @TempDir
    static Path tmp;
    static RunData data;

    @BeforeAll
    static void simulate() throws Exception {
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource("plan-charts.yaml", """
                kind: sales-organisation
                extends: traditional
                name: plan-charts
                horizon_weeks: %d
                warmup_weeks: %d
                plan:
                  - {step: hire, at_week: 2, role: customer_service, count: 2, lag_weeks: 1, ramp_weeks: 2, start_productivity: 0.5}
                  - {step: policy, at_week: 10, toc: {designated_constraint: production}}
                """.formatted(HORIZON_WEEKS, WARMUP_WEEKS)));
        Path folder = ResultFiles.write(Folders.under(tmp, "plan-charts"), scenario, Experiment.run(scenario, new RunOptions(3, 5, 1)),
                new RunInfo(5, 3, 1, 0.1));
        data = RunData.read(folder);
    }

    @Test
    void weeksCountFromThePlansStart() {
        PlanTimeline timeline = PlanTimeline.of(data);
        assertEquals(WARMUP_WEEKS, timeline.warmupWeeks());
        WeeklySeries s = timeline.inPlanWeeks(data.weekly("customer_service", "utilization").orElseThrow());
        assertEquals(HORIZON_WEEKS - WARMUP_WEEKS, s.size());
        assertEquals(1, s.weeks()[0]);
        assertEquals(HORIZON_WEEKS - WARMUP_WEEKS, s.weeks()[s.size() - 1]);
    }

    @Test
    void planStepsAreMarkedAtTheScenariosWeeks() {
        // the scenario's at_week values above
        List<PlanTimeline.Marker> markers = PlanTimeline.of(data).markers();
        assertEquals(List.of(2.0, 10.0), markers.stream().map(PlanTimeline.Marker::atWeek).toList());
        assertEquals("hire 2 customer service", markers.get(0).label());
        assertEquals("constraint: production, throttle off", markers.get(1).label()); // the resolved file spells out throttle: false
    }

    @Test
    void cumulativeNetEndsAtTheHeadline() {
        MoneyChart.Totals t = MoneyChart.totals(data, PlanTimeline.of(data)).orElseThrow();
        double headline = data.summary("finance.cumulative_net").orElseThrow().mean();
        // weekly.csv and summary.csv are written to ~10 significant digits
        assertEquals(headline, t.netAtEnd(), 1e-6 * Math.abs(headline));
        int last = t.weeks().length - 1;
        double parts = t.payroll()[last] + t.other()[last] + t.variable()[last] + t.netAtEnd();
        assertEquals(t.revenue().mean()[last], parts, 1e-9 * Math.abs(parts), "revenue = payroll + other + variable costs + net");
        assertEquals(HORIZON_WEEKS - WARMUP_WEEKS, t.weeks().length);
    }

    @Test
    void eachPanelHasItsRolesOwnTarget() {
        RoleTable roles = RoleTable.of(data);
        List<ProtectiveCapacityChart.Panel> panels = ProtectiveCapacityChart.panels(data, roles, PlanTimeline.of(data));
        assertTrue(panels.size() >= 3, "one panel per staffed role: " + panels);
        Table table = data.table("roles").orElseThrow();
        for (ProtectiveCapacityChart.Panel panel : panels) {
            double maxUtilization = Double.NaN;
            for (int row = 0; row < table.rowCount(); row++) {
                if (table.getString(row, "role").equals(panel.role())) {
                    maxUtilization = RunData.number(table, row, "max_utilization");
                }
            }
            for (ProtectiveCapacityChart.Segment segment : panel.segments()) {
                boolean designated = panel.role().equals(segment.fromWeek() < 10 ? "field_sales" : "production");
                if (designated) {
                    assertTrue(Double.isNaN(segment.targetPct()), panel + ": the designated constraint has no target");
                } else {
                    assertEquals(100 * (1 - maxUtilization), segment.targetPct(), 1e-9, panel.toString());
                }
            }
        }
        ProtectiveCapacityChart.Panel production = panels.stream().filter(p -> p.role().equals("production")).findFirst().orElseThrow();
        assertEquals(List.of(0.0, 10.0), production.segments().stream().map(ProtectiveCapacityChart.Segment::fromWeek).toList());
        assertTrue(production.title().contains("then constraint"), production.title());
    }

    @Test
    void bottleneckLegendListsOnlyRolesDrawn() {
        ChartWriter writer = new ChartWriter(tmp.resolve("legend-charts"), ChartOptions.svgOnly());
        SalesCharts charts = new SalesCharts(data, writer);
        List<ChartFile> written = charts.write();
        writer.finish();
        written.forEach(ChartsTest::assertValidFiles);
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, double[]> e : data.bottleneckProbabilities().entrySet()) {
            double[] p = e.getValue();
            for (int w = WARMUP_WEEKS; w < p.length; w++) {
                if (p[w] > 0) {
                    expected.add(e.getKey());
                    break;
                }
            }
        }
        assertEquals(expected, charts.legendRoles().get("bottleneck-timeline"));
    }

    @Test
    void moneyReadsInThousandsAndMillions() {
        assertEquals("$130M", ChartStyle.moneyTicks(130e6).apply(130e6));
        assertEquals("$2.5M", ChartStyle.moneyTicks(130e6).apply(2.5e6));
        assertEquals("$0", ChartStyle.moneyTicks(130e6).apply(0.0));
        assertEquals("$850k", ChartStyle.moneyTicks(900e3).apply(850e3));
        assertEquals("−$1.2M", ChartStyle.moneyTicks(5e6).apply(-1.2e6));
        assertEquals("$10.7M", ChartStyle.money(10.666e6));
        assertEquals("$101M", ChartStyle.money(101.4e6));
    }
}
