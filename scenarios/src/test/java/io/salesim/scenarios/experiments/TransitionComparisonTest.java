package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.analysis.Verdict;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison a strategy team acts on: the three bundled transition orders on common random
 * numbers. The seed's order (fix the factory door first) must come out best on cumulative net, and
 * every verdict must say what its interval and the metric's declared direction say.
 */
class TransitionComparisonTest {
    private static final String DOOR_FIRST = "transition-factory-door-first";

    @Test
    void theSeedsOrderLeadsOnCumulativeNetAndEveryVerdictFollowsItsInterval() throws Exception {
        Comparison.Result result = Comparison.run(List.of(ScenarioLoader.load(DOOR_FIRST),
                        ScenarioLoader.load("transition-salespeople-first"), ScenarioLoader.load("transition-promotions-first")),
                new RunOptions(10, 42, 2), null, ReplicationRunner.Progress.NONE, () -> false);
        assertEquals("finance.cumulative_net", result.headlineMetrics().get(0), "the comparison leads with money");
        PlanComparison.Best net = result.best().stream().filter(b -> b.metric().equals("finance.cumulative_net")).findFirst()
                .orElseThrow();
        assertEquals(DOOR_FIRST, net.leader());
        for (PlanComparison.Row row : result.rows()) {
            var interval = row.difference().difference();
            Verdict expected;
            if (row.direction().isNeutral()) {
                expected = Verdict.NONE;
            } else if (interval.ciLow() > 0 || interval.ciHigh() < 0) {
                expected = (interval.ciLow() > 0) == row.direction().higherIsBetter() ? Verdict.BETTER : Verdict.WORSE;
            } else {
                expected = Verdict.CANNOT_TELL;
            }
            assertEquals(expected, row.verdict(), row.metric() + " " + row.alternative() + " " + interval);
            if (row.metric().equals("finance.cumulative_net")) {
                assertEquals(Verdict.WORSE, row.verdict(), row.alternative() + " earns less than the seed's order: " + interval);
            }
            if (row.metric().equals("role.customer_service.shortfall_weeks") && row.alternative().equals("transition-salespeople-first")) {
                assertEquals(Verdict.WORSE, row.verdict(), "more salespeople before customer service runs it short: " + interval);
            }
        }
        assertTrue(result.rows().stream().anyMatch(r -> r.direction().isNeutral()), "head counts are compared, without a verdict");
    }
}
