package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking after service, in a textbook stochastic line and in a deterministic one worked by hand. */
class TandemTest {
    private static final double EPS = 1e-9;

    /**
     * Two exponential(μ=1) stations, no room between them, the first never starved. States
     * (first working, second idle), (both working), (first blocked, second working) each have
     * probability 1/3, so throughput = μ × P(second busy) = 2/3 per hour, the first station works
     * 2/3 of the time and is blocked 1/3, and the second works 2/3.
     */
    @Test
    void saturatedTwoStationLineWithoutBufferRunsAtTwoThirds() {
        // arrivals at 4/h keep the first station's queue full (it grows without bound, which is the point)
        FlowLineSpec spec = ClassicLines.tandem(4.0, 1.0, 1.0, 0, 10_000, 100);
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(20), 3, 2);
        QueueingValidationTest.assertAllCovered(result,
                new String[] {"system.throughput_per_week", "station.first.utilization", "station.first.blocked_fraction",
                    "station.second.utilization"},
                new double[] {2.0 / 3 * 168, 2.0 / 3, 1.0 / 3, 2.0 / 3});
    }

    /**
     * Release every 0.5 h; first takes 1 h, second 3 h, no buffer. Item 1 goes through at
     * 0.5–1.5 h and 1.5–4.5 h; item 2 is done at 2.5 h and blocked until 4.5 h; from then on
     * the first station works 1 h and is blocked 2 h of every 3, and items leave at 4.5 + 3k h.
     */
    @Test
    void blockingMechanicsByHand() {
        FlowLineSpec spec = FlowLineSpec.of("by-hand", 168, 0, new DistributionSpec.Constant(0.5),
                new StationSpec("first", 1, new DistributionSpec.Constant(1)),
                new StationSpec("second", 1, new DistributionSpec.Constant(3), 0));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        // departures at 4.5, 7.5, …, 166.5 h: 55 in the one-week horizon
        assertEquals(55, result.values().get("system.throughput_per_week"), EPS);
        // processing 0.5–2.5 h, then 1 h from 4.5 + 3k h for k = 0..54
        assertEquals(57 / 168.0, result.values().get("station.first.utilization"), EPS);
        // blocked 2.5 + 3j to 4.5 + 3j h for j = 0..54, and 167.5–168 h
        assertEquals(110.5 / 168.0, result.values().get("station.first.blocked_fraction"), EPS);
        // the second station is busy from 1.5 h on
        assertEquals(166.5 / 168.0, result.values().get("station.second.utilization"), EPS);
        assertEquals(0, result.values().get("station.second.wait_hours"), EPS);
        // item k (arrived 0.5k h) leaves at 1.5 + 3k h: time in system 1.5 + 2.5k h, k = 1..55
        assertEquals(1.5 + 2.5 * 28, result.values().get("system.time_in_system_hours"), EPS);
        // first queue: item 1 no wait, item 2 waits 0.5 h, item k ≥ 3 starts at 4.5 + 3(k − 3) h; k up to 57 started
        double waits = 0.5;
        for (int k = 3; k <= 57; k++) {
            waits += 4.5 + 3 * (k - 3) - 0.5 * k;
        }
        assertEquals(waits / 57, result.values().get("station.first.wait_hours"), EPS);
    }

    /** Batches of three every hour into three servers of 0.5 h each: three items in the line half of every hour. */
    @Test
    void constantBatchesByHand() {
        FlowLineSpec spec = new FlowLineSpec("batches", 168, 0, WorkCalendar.alwaysOpen(),
                new DistributionSpec.Constant(1), new DistributionSpec.Constant(3),
                List.of(new StationSpec("pack", 3, new DistributionSpec.Constant(0.5))));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        // batches at 1..168 h; those of 1..167 h leave by the horizon: 501 items
        assertEquals(501, result.values().get("system.throughput_per_week"), EPS);
        assertEquals(0.5, result.values().get("system.time_in_system_hours"), EPS);
        assertEquals(167 * 3 * 0.5 / 168, result.values().get("system.wip"), EPS);
        assertEquals(0, result.values().get("station.pack.wait_hours"), EPS);
    }

    /** Random batch sizes: throughput = arrival rate × mean batch size. */
    @Test
    void randomBatchesMultiplyTheArrivalRate() {
        FlowLineSpec spec = new FlowLineSpec("random-batches", 4_000, 200, WorkCalendar.alwaysOpen(),
                new DistributionSpec.Exponential(2.0), new DistributionSpec.DiscreteUniform(1, 4),
                List.of(new StationSpec("desk", 2, new DistributionSpec.Exponential(0.5))));
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), QueueingValidationTest.replications(40), 8, 2);
        // 0.5 batches/h × 2.5 items/batch × 168 h/week; utilisation 1.25 items/h × 0.5 h / 2 servers
        QueueingValidationTest.assertAllCovered(result,
                new String[] {"system.throughput_per_week", "station.desk.utilization"},
                new double[] {0.5 * 2.5 * 168, 1.25 * 0.5 / 2});
    }

    @Test
    void diceGameIsABalancedLine() {
        FlowLineSpec dice = ClassicLines.diceGame(2_000, 0);
        assertEquals(5, dice.stations().size());
        for (StationSpec station : dice.stations()) {
            assertEquals(1, station.servers());
            // uniform(0.0857, 0.4857) h has mean 0.2857 h, the release interval 1/3.5 h to four digits
            assertEquals(((FlowLineSpec.Arrivals) dice.release()).interarrivalHours().mean(), station.processTime().mean(), 1e-4);
        }
        ReplicationResult result = new FlowLine(dice).run(1, 0);
        // constant releases: 3.5 an hour, 588 a week; a balanced line with variability delivers fewer
        double throughput = result.values().get("system.throughput_per_week");
        assertEquals(588, throughput, 0.05 * 588, "throughput near the release rate");
        assertEquals(true, throughput <= 588.0, "cannot deliver more than is released");
        assertEquals(true, result.values().get("system.wip") > 5, "work piles up in front of the stations");
    }

    @Test
    void classicLinesRejectBadRates() {
        assertThrows(IllegalArgumentException.class, () -> ClassicLines.mm1(0, 1, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassicLines.mmc(1, -1, 2, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassicLines.mmc(1, 1, 0, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassicLines.tandem(1, 1, Double.NaN, 0, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassicLines.tandem(1, 1, 1, -1, 100, 0));
    }
}
