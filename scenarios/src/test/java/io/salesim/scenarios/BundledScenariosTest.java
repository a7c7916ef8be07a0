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
