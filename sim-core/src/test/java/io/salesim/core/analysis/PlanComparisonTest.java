package io.salesim.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec.Exponential;
import io.salesim.core.stats.QueueingTheory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {
    private static final String WAIT = "station.desk.wait_hours";

    private static ExperimentResult run(String name, int servers, double serviceMeanHours, long seed) {
        // M/M/c with λ = 2.7/h; plans differ only in staffing and speed
        FlowLineSpec spec = FlowLineSpec.of(name, 20 * 168, 2 * 168, new Exponential(1 / 2.7),
                new StationSpec("desk", servers, new Exponential(serviceMeanHours)));
        return ReplicationRunner.run(() -> new FlowLine(spec), 20, seed, 2);
    }

    @Test
    void commonRandomNumbersNarrowTheIntervalAgainstIndependentStreams() {
        ExperimentResult baseline = run("three", 3, 1.0, 11);
        ExperimentResult crn = run("four", 4, 1.0, 11);
        ExperimentResult independent = run("four", 4, 1.0, 12);
        PlanComparison.Row paired = PlanComparison.againstBaseline(List.of(baseline, crn), List.of(WAIT), 0.95).get(0);
        PlanComparison.Row unpaired = PlanComparison.againstBaseline(List.of(baseline, independent), List.of(WAIT), 0.95).get(0);
        // both estimate the same difference: Erlang C Wq(c=4) − Wq(c=3) = 0.3598 − 2.7235 h
        double expected = QueueingTheory.mmcWaitInQueue(2.7, 1, 4) - QueueingTheory.mmcWaitInQueue(2.7, 1, 3);
        assertTrue(paired.difference().difference().covers(expected), paired.toString());
        assertTrue(paired.difference().difference().halfWidth() < unpaired.difference().difference().halfWidth(),
                "CRN half-width " + paired.difference().difference().halfWidth()
                        + " should be below independent " + unpaired.difference().difference().halfWidth());
        // a fourth server lowers the wait in every replication with the same arrivals and services
        assertEquals(1.0, paired.difference().probabilityBetter());
    }

    @Test
    void bestPlanIsNamedWhenTheDataSeparateThemAndWithheldWhenTheyCannot() {
        ExperimentResult three = run("three", 3, 1.0, 5);
        ExperimentResult four = run("four", 4, 1.0, 5);
        ExperimentResult five = run("five", 5, 1.0, 5);
        PlanComparison.Best best = PlanComparison.best(List.of(three, four, five), WAIT, 0.95);
        // Erlang C: Wq(5) = 0.0737 h < Wq(4) = 0.3598 h < Wq(3) = 2.7235 h, far apart
        assertEquals("five", best.bestPlan());
        assertTrue(best.indistinguishable().isEmpty());

        ExperimentResult sameAgain = run("five-copy", 5, 1.0, 5);
        PlanComparison.Best tie = PlanComparison.best(List.of(three, five, sameAgain), WAIT, 0.95);
        assertNull(tie.bestPlan(), "identical plans cannot be told apart");
        assertFalse(tie.decided());
    }

    /**
     * Bonferroni: with k plans, each of the k − 1 comparisons against the baseline is made at
     * 1 − 0.05/(k − 1), so the family of verdicts holds at 95%. Adding a third plan widens the
     * interval of the same pair, by the ratio of the t quantiles.
     */
    @Test
    void withThreeOrMorePlansEachIntervalIsWidenedSoTheFamilyHoldsAt95Percent() {
        assertEquals(0.95, PlanComparison.individualConfidence(0.95, 2), 1e-12);
        assertEquals(0.975, PlanComparison.individualConfidence(0.95, 3), 1e-12);
        assertEquals(1 - 0.05 / 4, PlanComparison.individualConfidence(0.95, 5), 1e-12);
        ExperimentResult three = run("three", 3, 1.0, 21);
        ExperimentResult four = run("four", 4, 1.0, 21);
        ExperimentResult five = run("five", 5, 1.0, 21);
        PlanComparison.Row pair = PlanComparison.againstBaseline(List.of(three, four), List.of(WAIT), 0.95).get(0);
        PlanComparison.Row inFamily = PlanComparison.againstBaseline(List.of(three, four, five), List.of(WAIT), 0.95).get(0);
        assertEquals(pair.difference().difference().mean(), inFamily.difference().difference().mean(), 1e-12);
        var t = new org.apache.commons.math3.distribution.TDistribution(19);
        double ratio = t.inverseCumulativeProbability(1 - 0.025 / 2) / t.inverseCumulativeProbability(1 - 0.025);
        assertEquals(ratio, inFamily.difference().difference().halfWidth() / pair.difference().difference().halfWidth(), 1e-9);
        // the wait is lower-is-better and a fourth server lowers it far beyond the interval: better
        assertEquals(io.salesim.core.engine.MetricDirection.LOWER_IS_BETTER, inFamily.direction());
        assertEquals(Verdict.BETTER, inFamily.verdict());
    }
}
