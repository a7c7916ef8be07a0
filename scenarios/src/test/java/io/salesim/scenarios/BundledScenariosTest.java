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

    @Test
    void listsMmcAndDiceGameWithDescriptions() {
        List<BundledScenario> list = BundledScenarios.list();
        assertEquals(List.of("mmc", "dice-game"), list.stream().map(BundledScenario::name).toList());
        list.forEach(s -> assertFalse(s.description().isBlank(), s.name()));
    }

    /** Every bundled scenario runs (shortened to 4 weeks) and its utilisations are fractions. */
    @ParameterizedTest
    @MethodSource("names")
    void everyBundledScenarioRuns(String name) throws Exception {
        ScenarioSource source = BundledScenarios.source(name).orElseThrow();
        String shortened = source.text().replace("weeks: 200, warmup_weeks: 20", "weeks: 4, warmup_weeks: 1");
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource(source.name(), shortened));
        ExperimentResult result = Experiment.run(scenario, new RunOptions(3, 1, 1));
        assertEquals(3, result.replications().size());
        for (String metric : result.metrics()) {
            if (metric.endsWith(".utilization")) {
                Summary u = result.summary(metric);
                assertTrue(u.mean() > 0 && u.mean() <= 1, metric + " " + u);
            }
        }
        assertFalse(scenario.headlineMetrics(result.metrics()).isEmpty());
    }

    /**
     * Little's law, L = lambda W, on the whole line of every bundled scenario as bundled:
     * time-average WIP against throughput (items/h) times mean time in system. Over a finite
     * window the two differ only by the items in the line at its ends (at most a few percent
     * here: ~60 items of ~14 h against ~47 x 672 item-hours in the dice game), so the 95% CI
     * of the relative gap must lie within +-5%.
     */
    @ParameterizedTest
    @MethodSource("names")
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
    void diceGameThroughputFallsShortOfTheBalancedRate() throws Exception {
        ExperimentResult result = Experiment.run(ScenarioLoader.load("dice-game"), new RunOptions(10, 1, 2));
        // every station's capacity and the release rate are 3.5/h, i.e. 3.5 * 168 = 588 items a week on paper
        Summary throughput = result.summary("system.throughput_per_week");
        assertTrue(throughput.ciHigh() < 588, "variability and dependent events cost throughput: " + throughput);
        // work piles up: mean WIP well above the 5 items that would be in process with no queues
        assertTrue(result.summary("system.wip").ciLow() > 5, result.summary("system.wip").toString());
    }
}
