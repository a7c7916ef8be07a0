package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.flow.FlowLineScenario;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void everyCombinationIsAPointWithTheFirstKeyVaryingSlowest() throws Exception {
        List<Setting> settings = List.of(Setting.parse("stations[1].servers=3,4"), Setting.parse("horizon.weeks=2,3,4"));
        List<Sweep.Point> points = Sweep.points(Lines.twoStations(), settings);
        assertEquals(6, points.size());
        assertEquals("4", points.get(3).values().get("stations[1].servers"));
        assertEquals("2", points.get(3).values().get("horizon.weeks"));
        FlowLineScenario fourth = (FlowLineScenario) points.get(3).scenario();
        assertEquals(4, fourth.spec().stations().get(1).servers());
        assertEquals(2 * 168.0, fourth.spec().horizonHours());
    }

    @Test
    void everyBadValueIsReportedBeforeAnythingRuns() throws Exception {
        List<Setting> settings = List.of(Setting.parse("stations[1].servers=3,-1,x"), Setting.parse("stations[0].servrs=2"));
        ScenarioException refused = assertThrows(ScenarioException.class, () -> Sweep.points(Lines.twoStations(), settings));
        assertEquals(List.of(
                "--set stations[0].servrs=2: stations[0].servrs: found unknown key \"servrs\" in a station; allowed \"servers\" (closest match) or one of name, servers, process_time, buffer",
                "--set stations[1].servers=-1: stations[1].servers: found -1; allowed a whole number >= 1",
                "--set stations[1].servers=x: stations[1].servers: found \"x\"; allowed a whole number >= 1"),
                refused.getMessage().lines().sorted().toList());

        // each value is fine alone; the combination breaks a rule across keys (warm-up below the horizon)
        List<Setting> clash = List.of(Setting.parse("horizon.weeks=2,4"), Setting.parse("horizon.warmup_weeks=0,3"));
        ScenarioException combined = assertThrows(ScenarioException.class, () -> Sweep.points(Lines.twoStations(), clash));
        assertEquals("--set horizon.warmup_weeks=3: horizon.warmup_weeks: found 3; allowed a number >= 0 and below weeks (2)",
                combined.getMessage());
    }

    @Test
    void runsEveryPointOnTheSameSeedAndStopsBetweenWholePoints() throws Exception {
        List<Setting> settings = List.of(Setting.parse("stations[1].servers=3,4,5"));
        List<Sweep.Point> points = Sweep.points(Lines.twoStations(), settings);
        Sweep.Result all = Sweep.run(settings, points, new RunOptions(4, 9, 2), ReplicationRunner.Progress.NONE, () -> false);
        assertTrue(all.complete());
        assertEquals(3, all.results().size());
        // more servers at b, less waiting there (offered load 2 servers)
        double wait3 = all.results().get(0).summary("station.b.wait_hours").mean();
        double wait5 = all.results().get(2).summary("station.b.wait_hours").mean();
        assertTrue(wait5 < wait3, wait5 + " vs " + wait3);

        AtomicInteger done = new AtomicInteger();
        // rounds of 10: the first round (30 replications on one thread) finishes, then the stop is seen
        Sweep.Result stopped = Sweep.run(settings, points, new RunOptions(20, 9, 1), (d, t) -> done.set(d), () -> done.get() >= 33);
        assertFalse(stopped.complete());
        assertEquals(3, stopped.results().size(), "every point is reported");
        assertEquals(10, stopped.replications());
        assertEquals(10, stopped.results().get(0).replications().size(), "over the replications every point finished");
        Sweep.Result tenEach = Sweep.run(settings, points, new RunOptions(10, 9, 2), ReplicationRunner.Progress.NONE, () -> false);
        assertEquals(tenEach.results().get(2).summaries(), stopped.results().get(2).summaries(), "the same numbers a 10-replication sweep gives");
    }

    /**
     * With a precision each point grows on its own: a 16-week horizon averages over 8 times as
     * many customers as a 2-week one, so its replications vary less and it needs fewer. Each
     * point ends with exactly the replications (and limiting metric) a sweep of that point
     * alone gives, and its numbers are those of a fixed run of that length (replication r
     * draws the same streams, whatever else runs).
     */
    @Test
    void withAPrecisionEachPointRunsUntilItsOwnHeadlineMetricsAreTightEnough() throws Exception {
        List<Setting> settings = List.of(Setting.parse("horizon.weeks=2,16"));
        List<Sweep.Point> points = Sweep.points(Lines.twoStations(), settings);
        RunOptions options = new RunOptions(5, 9, 2);
        Precision precision = new Precision(0.15, 5, 400);
        Sweep.Result result = Sweep.run(settings, points, options, precision, ReplicationRunner.Progress.NONE, () -> false);
        assertTrue(result.complete());
        assertEquals(2, result.limits().size());
        int[] replications = new int[2];
        for (int p = 0; p < 2; p++) {
            Precision.Limit limit = result.limits().get(p);
            var experiment = result.results().get(p);
            replications[p] = experiment.replications().size();
            assertTrue(limit.reached(), "point " + (p + 1) + ": " + limit);
            double widest = Precision.precisionMetrics(points.get(p).scenario()).stream()
                    .mapToDouble(m -> SequentialReplications.relativeHalfWidth(experiment.summary(m))).max().orElseThrow();
            assertEquals(widest, limit.relativeHalfWidth(), "the limiting metric is the point's widest headline metric");
            assertTrue(widest <= 0.15, limit.toString());

            Sweep.Result alone = Sweep.run(settings, List.of(points.get(p)), options, precision, ReplicationRunner.Progress.NONE, () -> false);
            assertEquals(replications[p], alone.results().get(0).replications().size(), "point " + (p + 1) + " grows on its own");
            assertEquals(limit, alone.limits().get(0));
            var fixed = Experiment.run(points.get(p).scenario(), new RunOptions(replications[p], 9, 1));
            assertEquals(fixed.summaries(), experiment.summaries(), "the same as a fixed run of that length");
        }
        assertTrue(replications[1] < replications[0], "the longer horizon needs fewer: " + replications[0] + " vs " + replications[1]);
        assertEquals(replications[1], result.replications(), "replications: the fewest any point ran");
    }
}
