package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledScenariosTest {

    static List<String> names() {
        return BundledScenarios.names();
    }

    static List<String> flowLines() {
        return List.of("mmc", "dice-line", "protective-capacity", "penny-fab");
    }

    @Test
    void listsEveryBundledScenarioWithADescription() {
        List<BundledScenario> list = BundledScenarios.list();
        assertEquals(List.of("mmc", "dice-game", "dice-line", "protective-capacity", "penny-fab", "traditional", "division-of-labour", "transition-factory-door-first",
                "transition-promotions-first", "transition-salespeople-first", "production-constrained",
                "production-constrained-no-throttle"), list.stream().map(BundledScenario::name).toList());
        list.forEach(s -> assertFalse(s.description().isBlank(), s.name()));
    }

    /**
     * Every bundled scenario runs (flow lines shortened to 4 weeks; sales scenarios as bundled,
     * 130 weeks) and keeps its invariants in every replication: utilisations are fractions (NaN
     * only for a sales role with nobody in it), and every opportunity and order of a sales
     * organisation is accounted for exactly once.
     */
    @ParameterizedTest
    @MethodSource("names")
    void everyBundledScenarioRunsAndKeepsItsInvariants(String name) throws Exception {
        ScenarioSource source = BundledScenarios.source(name).orElseThrow();
        String shortened = source.text().replace("weeks: 200, warmup_weeks: 20", "weeks: 4, warmup_weeks: 1");
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource(source.name(), shortened));
        ExperimentResult result = Experiment.run(scenario, new RunOptions(3, 1, 2));
        assertEquals(3, result.replications().size());
        for (String metric : result.metrics()) {
            if (metric.endsWith(".utilization")) {
                for (double u : result.values(metric)) {
                    boolean emptySalesRole = Double.isNaN(u) && metric.startsWith("role.");
                    assertTrue(emptySalesRole || (u >= 0 && u <= 1), metric + " " + u);
                }
                if (metric.startsWith("station.")) {
                    assertTrue(result.summary(metric).mean() > 0, metric + " is never busy");
                }
            }
        }
        if (result.metrics().contains("opportunities.created")) {
            double[] created = result.values("opportunities.created");
            double[] orders = result.values("orders.created");
            for (int r = 0; r < created.length; r++) {
                double ended = result.values("opportunities.won")[r] + result.values("opportunities.lost")[r]
                        + result.values("opportunities.abandoned")[r] + result.values("opportunities.open")[r];
                assertEquals(created[r], ended, 0.0, name + " replication " + r + ": opportunities created = won + lost + abandoned + open");
                double closed = result.values("orders.delivered")[r] + result.values("orders.cancelled")[r]
                        + result.values("orders.lapsed")[r] + result.values("orders.open")[r];
                assertEquals(orders[r], closed, 0.0, name + " replication " + r + ": orders created = delivered + cancelled + lapsed + open");
                assertTrue(created[r] > 0 && orders[r] > 0, name + ": the organisation saw work");
            }
        }
        assertFalse(scenario.headlineMetrics(result.meanings()).isEmpty());
    }

    /**
     * Little's law, L = lambda W, on the whole line of every bundled flow line as bundled
     * (the sales organisation's populations are checked in sim-core's ConservationTest):
     * time-average WIP against throughput (items/h) times mean time in system. Over a finite
     * window the two differ only by the items in the line at its ends (at most a few percent
     * here: ~60 items of ~14 h against ~47 x 672 item-hours in dice-line), so the 95% CI
     * of the relative gap must lie within +-5%.
     */
    @ParameterizedTest
    @MethodSource("flowLines")
    void littlesLawHoldsOnTheWholeLine(String name) throws Exception {
        ExperimentResult result = Experiment.run(ScenarioLoader.load(name), new RunOptions(5, 1, 2));
        double[] wip = result.values("system.wip");
        double[] throughputPerWeek = result.values("system.throughput_per_week");
        double[] timeInSystemHours = result.values("system.time_in_system_hours");
        double[] relativeGap = new double[wip.length];
        for (int r = 0; r < wip.length; r++) {
            double littleL = throughputPerWeek[r] / 168.0 * timeInSystemHours[r];
            relativeGap[r] = (wip[r] - littleL) / wip[r];
        }
        Summary gap = Summary.of(relativeGap);
        assertTrue(gap.ciLow() > -0.05 && gap.ciHigh() < 0.05, name + ": (L - lambda W) / L = " + gap);
    }

    @Test
    void continuousDiceLineThroughputFallsShortOfTheBalancedRate() throws Exception {
        ExperimentResult result = Experiment.run(ScenarioLoader.load("dice-line"), new RunOptions(10, 1, 2));
        // every station's capacity and the release rate are 3.5/h, i.e. 3.5 * 168 = 588 items a week on paper
        Summary throughput = result.summary("system.throughput_per_week");
        assertTrue(throughput.ciHigh() < 588, "variability and dependent events cost throughput: " + throughput);
        // work piles up: mean WIP well above the 5 items that would be in process with no queues
        assertTrue(result.summary("system.wip").ciLow() > 5, result.summary("system.wip").toString());
    }
}
