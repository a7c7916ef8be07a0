package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.PairedDifference;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.schema.KeyPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final String WAIT = "station.b.wait_hours";

    private static Scenario withServersAtB(int servers) throws Exception {
        return Overrides.apply(Lines.twoStations(), Map.of(KeyPath.parse("stations[1].servers"), Integer.toString(servers)));
    }

    private static PlanComparison.Row row(Comparison.Result result, String metric, String alternative) {
        return result.rows().stream().filter(r -> r.metric().equals(metric) && r.alternative().equals(alternative))
                .findFirst().orElseThrow();
    }

    @Test
    void commonRandomNumbersNarrowThePairedIntervalAgainstIndependentStreams() throws Exception {
        Scenario three = withServersAtB(3);
        Scenario four = withServersAtB(4);
        RunOptions options = new RunOptions(20, 11, 2);
        Comparison.Result crn = Comparison.run(List.of(three, four), options, null, ReplicationRunner.Progress.NONE, () -> false);

        // the same plans on independent streams: the alternative on another seed
        ExperimentResult baseline = Experiment.run(three, options);
        ExperimentResult independent = Experiment.run(four, new RunOptions(20, 12, 2));
        // replication r of both plans sees the same arrivals and process times, so much of the
        // noise cancels in the difference; with independent streams it adds up. Measured with
        // these seeds: wait at b 0.087 vs 0.111 h (extra servers reshuffle which job gets which
        // draw), time in system 0.086 vs 0.354 h, throughput 0.16 vs 3.3 items/week.
        Map<String, Double> atMostShare = Map.of(WAIT, 1.0, "system.time_in_system_hours", 0.5, "system.throughput_per_week", 0.2);
        for (Map.Entry<String, Double> entry : atMostShare.entrySet()) {
            String metric = entry.getKey();
            PairedDifference unpaired = PairedDifference.of(baseline.values(metric), independent.values(metric), false, 0.95);
            double crnHalfWidth = row(crn, metric, crn.plans().get(1).name()).difference().difference().halfWidth();
            double independentHalfWidth = unpaired.difference().halfWidth();
            assertTrue(crnHalfWidth < entry.getValue() * independentHalfWidth,
                    metric + ": CRN half-width " + crnHalfWidth + " vs independent " + independentHalfWidth);
        }
        // and the baseline of the comparison is exactly the plan run on its own (same streams)
        assertEquals(baseline.replications().get(7).values(), crn.baseline().replications().get(7).values());
    }

    @Test
    void namesTheBestPlanWithBonferroniAndSaysWhenItCannotTell() throws Exception {
        // offered load at b is 2 servers: 3 servers wait far longer than 4, and 4 longer than 6
        List<Scenario> plans = List.of(withServersAtB(3), withServersAtB(4), withServersAtB(6));
        Comparison.Result result = Comparison.run(plans, new RunOptions(10, 3, 2), null, ReplicationRunner.Progress.NONE, () -> false);
        assertEquals(List.of("two-stations", "two-stations-2", "two-stations-3"), result.plans().stream().map(ExperimentResult::name).toList(),
                "plans with one name are told apart");
        PlanComparison.Best wait = result.best().stream().filter(b -> b.metric().equals(WAIT)).findFirst().orElseThrow();
        assertEquals("two-stations-3", wait.bestPlan());
        assertEquals((plans.size() - 1) * result.metrics().size(), result.rows().size(), "each alternative once per metric");

        // the same plan twice: every paired difference is exactly 0, so nothing can be told apart
        Comparison.Result same = Comparison.run(List.of(withServersAtB(3), withServersAtB(3)), new RunOptions(5, 3, 1), null,
                ReplicationRunner.Progress.NONE, () -> false);
        PlanComparison.Best tie = same.best().stream().filter(b -> b.metric().equals(WAIT)).findFirst().orElseThrow();
        assertFalse(tie.decided());
        assertNull(tie.bestPlan());
    }

    @Test
    void aStoppedComparisonPairsOnlyTheReplicationsEveryPlanFinished() throws Exception {
        AtomicInteger done = new AtomicInteger();
        // plans advance in rounds of 10: after the first round (30 replications on one thread) the
        // stop is seen before the 36th replication, i.e. the 6th of the first plan's second round
        Comparison.Result result = Comparison.run(List.of(withServersAtB(3), withServersAtB(4), withServersAtB(5)),
                new RunOptions(40, 3, 1), null, (d, t) -> done.set(d), () -> done.get() >= 35);
        assertFalse(result.complete());
        assertEquals(List.of(15, 10, 10), result.plans().stream().map(p -> p.replications().size()).toList());
        assertEquals(10, result.paired());
        assertEquals(10, result.rows().get(0).difference().difference().n(), "pairs only what every plan finished");

        AtomicInteger early = new AtomicInteger();
        Comparison.Result none = Comparison.run(List.of(withServersAtB(3), withServersAtB(4)),
                new RunOptions(40, 3, 1), null, (d, t) -> early.set(d), () -> early.get() >= 4);
        assertEquals(0, none.paired());
        assertTrue(none.rows().isEmpty(), "nothing paired: no comparison rather than a wrong one");
    }

    @Test
    void withAPrecisionEveryPlanGrowsTogetherUntilTheHeadlineMetricsAreTightEnough() throws Exception {
        Precision precision = new Precision(0.1, 5, 400);
        Comparison.Result result = Comparison.run(List.of(withServersAtB(3), withServersAtB(4)), new RunOptions(5, 3, 2),
                precision, ReplicationRunner.Progress.NONE, () -> false);
        assertTrue(result.precisionReached(), "limiting metric " + result.limitingMetric());
        assertTrue(result.paired() > 5, "needed more than the first batch: " + result.paired());
        assertEquals(result.plans().get(0).replications().size(), result.plans().get(1).replications().size());
        for (ExperimentResult plan : result.plans()) {
            for (String metric : Precision.precisionMetrics(result.scenarios().get(0))) {
                var summary = plan.summary(metric);
                assertTrue(summary.stdev() == 0 || summary.halfWidth() <= 0.1 * Math.abs(summary.mean()) + 1e-12, metric);
            }
        }
    }
}
