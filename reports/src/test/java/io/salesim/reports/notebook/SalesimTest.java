package io.salesim.reports.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.schema.KeyPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/** The notebook API gives what the commands give: the same calls, the same numbers for the same seed. */
class SalesimTest {
    private static final String WAIT = "station.desk.wait_hours";

    @Test
    void aBundledScenarioRunsAndItsWaitCoversErlangC() {
        Study mmc = Salesim.load("mmc").replications(10);
        double lambda = 1 / mmc.number("arrivals.interarrival.exponential.mean");
        double mu = 1 / mmc.number("stations[0].process_time.exponential.mean");
        int servers = (int) mmc.number("stations[0].servers");
        Summary wait = mmc.run().summary(WAIT);
        assertEquals(10, wait.n());
        assertTrue(wait.covers(QueueingTheory.mmcWaitInQueue(lambda, mu, servers)),
                wait + " against Erlang C " + QueueingTheory.mmcWaitInQueue(lambda, mu, servers));
    }

    @Test
    void setIsTheCommandsOverlayAndGivesTheCommandsNumbers() throws Exception {
        Study notebook = Salesim.load("mmc").set("stations[0].servers", 4).replications(3).seed(7).threads(2);
        Scenario command = Overrides.apply(ScenarioLoader.load("mmc"), Map.of(KeyPath.parse("stations[0].servers"), "4"));
        ExperimentResult expected = Experiment.run(command, new RunOptions(3, 7, 1));
        assertArrayEquals(expected.values(WAIT), notebook.run().values(WAIT), "same seed, any thread count: same values");
        assertEquals("4", Salesim.load("mmc").set("stations[0].servers=4").get("stations[0].servers"));
    }

    @Test
    void aRunCarriesTheWarningsTheCommandPrints() {
        // M/M/1 at an offered load of 1.25: unstable before any data is looked at; the stable M/M/3 is clean
        Run overloaded = Salesim.load("mmc").set("stations[0].servers", 2).set("stations[0].process_time.exponential.mean", 0.9259)
                .replications(3).run();
        assertTrue(overloaded.warnings().stream().anyMatch(w -> w.code().id().equals("unstable_queue")
                && w.subject().equals("station.desk")), overloaded.warnings().toString());
        assertEquals(overloaded.warnings().size(), overloaded.warningsTable().rowCount());
        assertEquals(0, Salesim.load("mmc").replications(3).run().warnings().size());
    }

    @Test
    void aBadValueIsRefusedWithTheProblemAtItsKey() {
        NotebookException e = assertThrows(NotebookException.class, () -> Salesim.load("mmc").set("stations[0].servers", -1));
        assertEquals("stations[0].servers", e.problems().get(0).path());
        assertThrows(NotebookException.class, () -> Salesim.load("no-such-scenario"));
    }

    @Test
    void yamlTextLoadsAsAFileWould() {
        Study line = Salesim.fromYaml("""
                kind: flow-line
                name: one-desk
                horizon: {weeks: 20, warmup_weeks: 2}
                calendar: {hours_per_day: 24, days_per_week: 7}
                arrivals: {interarrival: {exponential: {mean: 1.0}}}
                stations:
                  - {name: desk, servers: 1, process_time: {exponential: {mean: 0.5}}}
                """).replications(10);
        assertEquals("one-desk", line.name());
        // M/M/1 at rho = 0.5: Wq = rho / (mu - lambda) = 0.5 h
        assertTrue(line.run().summary(WAIT).covers(QueueingTheory.mmcWaitInQueue(1, 2, 1)));
    }

    @Test
    void aSweepPointIsTheSameRunAsSettingItsValue() {
        Study pc = Salesim.load("protective-capacity").replications(3);
        String key = "stations[0].process_time.exponential.mean";
        Swept swept = pc.sweep(key, 0.6, 0.9);
        assertEquals(2, swept.size());
        assertArrayEquals(new double[]{0.6, 0.9}, swept.xs());
        assertArrayEquals(pc.set(key, 0.9).run().values("station.intake.wait_hours"),
                swept.point(1).values("station.intake.wait_hours"));
        // response: a slower intake waits longer (by far, at 90% busy against 60%)
        assertTrue(swept.summary(1, "station.intake.wait_hours").ciLow() > swept.summary(0, "station.intake.wait_hours").ciHigh());
        Table table = swept.table();
        assertTrue(table.rowCount() > 0);
        XYChart chart = swept.chart("station.intake.wait_hours", "Wait", "Mean process time (hours)", "Wait (hours)");
        assertEquals("Wait", chart.getTitle());
        assertEquals(1, chart.getSeriesMap().size());
    }

    @Test
    void aComparisonPairsPlansAndNamesTheBetterOne() {
        Study three = Salesim.load("mmc").replications(5);
        Study four = three.set("stations[0].servers", 4);
        Compared compared = three.compare(four);
        assertEquals(2, compared.plans().size());
        String alternative = compared.plans().get(1);
        // a fourth server cuts the wait (lower is better): the paired interval lies below zero
        assertTrue(compared.difference(WAIT, alternative).ciHigh() < 0);
        assertEquals("better", compared.verdict(WAIT, alternative));
        assertEquals(1.0, compared.probabilityBetter(WAIT, alternative));
        assertTrue(compared.table().rowCount() > 0);
        assertEquals(2, compared.chart(WAIT, "Wait by plan", "Wait (hours)").getSeriesMap().values().iterator().next()
                .getXData().size());
    }

    @Test
    void runTablesAreTheRunFoldersTables() {
        Run run = Salesim.load("mmc").replications(2).run();
        Table summary = run.summary();
        assertEquals(run.metrics().size(), summary.rowCount());
        assertEquals(run.headlineMetrics().size(), run.headline().rowCount());
        assertEquals(2 * run.metrics().size(), run.replicationTable().rowCount());
        assertTrue(run.weekly().rowCount() > 0);
        assertEquals(1, run.weeklyChart("Queue", "Customers", run.weeklyMetrics().get(0)).getSeriesMap().size());
    }
}
