package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Same seed, same numbers: for any thread count, any replication order, any model name. */
class DeterminismTest {

    /** A line with batches, finite buffers and blocking, so every kind of event takes part. */
    private static final FlowLineSpec LINE = new FlowLineSpec("busy-line", 2_000, 200, WorkCalendar.alwaysOpen(),
            new DistributionSpec.Exponential(1.0), new DistributionSpec.DiscreteUniform(1, 2),
            List.of(new StationSpec("a", 2, new DistributionSpec.Exponential(1.1)),
                    new StationSpec("b", 1, new DistributionSpec.LogNormal(0.6, 0.4), 2),
                    new StationSpec("c", 1, new DistributionSpec.Triangular(0.3, 0.5, 0.9), 1)));

    static void assertSameResult(ReplicationResult expected, ReplicationResult actual) {
        assertEquals(expected.replication(), actual.replication());
        assertEquals(expected.values(), actual.values(), "values of replication " + expected.replication());
        assertEquals(expected.events(), actual.events());
        assertEquals(expected.weekly().keySet(), actual.weekly().keySet());
        for (Map.Entry<String, double[]> series : expected.weekly().entrySet()) {
            assertArrayEquals(series.getValue(), actual.weekly().get(series.getKey()), series.getKey());
        }
    }

    @Test
    void sameSeedGivesIdenticalResultsOnOneTwoAndFourThreads() {
        ExperimentResult one = ReplicationRunner.run(() -> new FlowLine(LINE), 8, 123, 1);
        for (int threads : new int[] {2, 4}) {
            ExperimentResult many = ReplicationRunner.run(() -> new FlowLine(LINE), 8, 123, threads);
            assertEquals(one.replications().size(), many.replications().size());
            for (int r = 0; r < 8; r++) {
                assertSameResult(one.replications().get(r), many.replications().get(r));
            }
            assertEquals(one.summaries(), many.summaries());
            assertTrue(many.complete());
        }
        ExperimentResult otherSeed = ReplicationRunner.run(() -> new FlowLine(LINE), 8, 124, 2);
        assertFalse(one.replications().get(0).values().equals(otherSeed.replications().get(0).values()),
                "a different seed must give different numbers");
    }

    /** The replications handed over one by one (for sizing's weekly counts) come in replication order, weeks included. */
    @Test
    void everyReplicationIsHandedOverInOrderWithItsWeeksOnAnyThreadCount() {
        FlowLine model = new FlowLine(LINE);
        for (int threads : new int[] {1, 3}) {
            List<ReplicationResult> handed = new ArrayList<>();
            ReplicationRunner.run(() -> new FlowLine(LINE), 7, 123, threads, ReplicationRunner.Progress.NONE, () -> false,
                    handed::add);
            assertEquals(7, handed.size());
            for (int r = 0; r < 7; r++) {
                assertSameResult(model.run(123, r), handed.get(r));
            }
        }
    }

    @Test
    void replicationFiveIsTheSameFreshOrAfterOthers() {
        ReplicationResult fresh = new FlowLine(LINE).run(99, 5);
        FlowLine reused = new FlowLine(LINE);
        for (int r = 0; r < 5; r++) {
            reused.run(99, r);
        }
        assertSameResult(fresh, reused.run(99, 5));
        // and again after running it out of order
        reused.run(99, 17);
        assertSameResult(fresh, reused.run(99, 5));
    }

    @Test
    void aStoppedRunKeepsAReproduciblePrefix() {
        AtomicInteger started = new AtomicInteger();
        ExperimentResult stopped = ReplicationRunner.run(() -> new FlowLine(LINE), 10, 5, 1,
                ReplicationRunner.Progress.NONE, () -> started.getAndIncrement() >= 3);
        assertFalse(stopped.complete());
        assertEquals(3, stopped.replications().size());
        ExperimentResult full = ReplicationRunner.run(() -> new FlowLine(LINE), 3, 5, 2);
        for (int r = 0; r < 3; r++) {
            assertSameResult(full.replications().get(r), stopped.replications().get(r));
        }
    }

    /** Two models that differ in name and structure but both own an element "arrivals" with a stream "gap". */
    static final class Recorder extends Model {
        final List<Double> gaps = new ArrayList<>();

        Recorder(String name, boolean extraElements) {
            super(name, 100, 0);
            if (extraElements) {
                // declared first, so construction order differs between the two models
                new ModelElement(this, "noise") {
                    final RandomStream noise = stream("gap");
                };
                stream("other");
            }
            new ModelElement(this, "arrivals") {
                final RandomStream gap = stream("gap");

                @Override
                protected void initialize() {
                    gaps.clear();
                    for (int i = 0; i < 50; i++) {
                        gaps.add(gap.nextDouble());
                    }
                }
            };
        }
    }

    @Test
    void sameStreamNameAndReplicationGiveTheSameNumbersInDifferentModels() {
        Recorder planA = new Recorder("plan-a", false);
        Recorder planB = new Recorder("plan-b", true);
        planA.run(2026, 3);
        planB.run(2026, 3);
        assertEquals(planA.gaps, planB.gaps, "common random numbers across models");
        List<Double> replicationThree = List.copyOf(planA.gaps);
        planA.run(2026, 4);
        assertFalse(replicationThree.equals(planA.gaps), "another replication draws other numbers");
    }

    @Test
    void flowLinesWithDifferentNamesShareArrivals() {
        // stream names leave out the model's name, so a renamed scenario replays exactly
        FlowLineSpec renamed = new FlowLineSpec("renamed", LINE.horizonHours(), LINE.warmupHours(), LINE.calendar(),
                LINE.release(), LINE.stations());
        assertSameResult(new FlowLine(LINE).run(8, 2), new FlowLine(renamed).run(8, 2));
    }
}
