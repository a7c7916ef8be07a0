package io.salesim.core.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Goldratt's dice game against what theory and a hand calculation say it must do. */
class DiceGameTest {
    private static final double EPS = 1e-12;
    private static final DistributionSpec FAIR = DiceGameSpec.fairDie();

    private static int replications(int base) {
        return base * Math.max(1, Integer.getInteger("salesim.validation.scale", 1));
    }

    private static ExperimentResult play(DiceGameSpec spec, int replications, long seed) {
        return ReplicationRunner.run(() -> new DiceGame(spec), replications, seed, 2);
    }

    /**
     * One station, always supplied, moves its whole roll every round: throughput is the mean of
     * a fair die, (1 + … + 6) / 6 = 3.5 a round, nothing is ever lost and nothing waits.
     */
    @Test
    void aSingleStationShipsTheMeanRoll() {
        ExperimentResult result = play(DiceGameSpec.uniform("one", 1, FAIR, 0, 100, 0), replications(200), 21);
        Summary throughput = result.summary("system.throughput_per_round");
        assertTrue(throughput.covers(3.5), "CI " + throughput);
        assertTrue(result.summary("system.shortfall_fraction").covers(0), "shortfall " + result.summary("system.shortfall_fraction"));
        for (double lost : result.values("station.s1.lost_capacity")) {
            assertEquals(0, lost, EPS);
        }
    }

    /** Constant dice of 3 on five stations: with play in station order the line ships exactly 3 a round from round 1. */
    @Test
    void constantDiceShipExactlyTheirValue() {
        DiceGameSpec spec = DiceGameSpec.uniform("constant", 5, new DistributionSpec.Constant(3), 0, 20, 0);
        ReplicationResult result = new DiceGame(spec).run(1, 0);
        assertEquals(3, result.values().get("system.throughput_per_round"), EPS);
        assertEquals(0, result.values().get("system.shortfall_fraction"), EPS);
        assertEquals(3, result.values().get("system.capacity_per_round"), EPS);
        assertEquals(0, result.values().get("system.wip"), EPS);
        double[] perRound = new double[20];
        java.util.Arrays.fill(perRound, 3);
        assertArrayEquals(perRound, result.weekly().get("system.throughput_per_round"), EPS);
    }

    /**
     * Two stations by hand. First rolls a constant 2, second a constant 3, four items waiting in
     * front of the second. Rounds 1–4: the second moves 3 and its buffer falls 6→3, 5→2, 4→1,
     * 3→0; from round 5 on it gets 2 and moves 2, losing 1 pip a round. Over 10 rounds it ships
     * 4 × 3 + 6 × 2 = 24 (2.4 a round), its buffer ends the rounds at 3, 2, 1, 0, 0… (mean 0.6),
     * and it loses 6 pips (0.6 a round). After a 4-round warm-up: exactly 2 a round.
     */
    @Test
    void twoStationsWithFixedDiceByHand() {
        List<DiceGameSpec.Station> stations = List.of(new DiceGameSpec.Station("first", new DistributionSpec.Constant(2), 0),
                new DiceGameSpec.Station("second", new DistributionSpec.Constant(3), 4));
        ReplicationResult all = new DiceGame(new DiceGameSpec("hand", 10, 0, stations)).run(1, 0);
        assertEquals(2.4, all.values().get("system.throughput_per_round"), EPS);
        assertEquals(0.6, all.values().get("station.second.buffer"), EPS);
        assertEquals(0.6, all.values().get("system.wip"), EPS);
        assertEquals(0.6, all.values().get("station.second.lost_capacity"), EPS);
        assertEquals(0, all.values().get("station.first.lost_capacity"), EPS);
        assertEquals(1 - 2.4 / 2, all.values().get("system.shortfall_fraction"), EPS);
        assertArrayEquals(new double[] {3, 3, 3, 3, 2, 2, 2, 2, 2, 2}, all.weekly().get("system.throughput_per_round"), EPS);
        assertArrayEquals(new double[] {3, 2, 1, 0, 0, 0, 0, 0, 0, 0}, all.weekly().get("system.wip"), EPS);

        ReplicationResult afterWarmup = new DiceGame(new DiceGameSpec("hand", 10, 4, stations)).run(1, 0);
        assertEquals(2, afterWarmup.values().get("system.throughput_per_round"), EPS);
        assertEquals(1, afterWarmup.values().get("station.second.lost_capacity"), EPS);
        assertEquals(0, afterWarmup.values().get("system.wip"), EPS);
    }

    /** A first station that rolls 4 feeding one that rolls 3: 3 a round shipped, one more item waiting after every round. */
    @Test
    void aFasterFeederPilesWorkUpByHand() {
        List<DiceGameSpec.Station> stations = List.of(new DiceGameSpec.Station("first", new DistributionSpec.Constant(4), 0),
                new DiceGameSpec.Station("second", new DistributionSpec.Constant(3), 0));
        ReplicationResult result = new DiceGame(new DiceGameSpec("pile", 10, 0, stations)).run(1, 0);
        assertEquals(3, result.values().get("system.throughput_per_round"), EPS);
        // buffer after round r is r: mean (1 + … + 10) / 10
        assertEquals(5.5, result.values().get("system.wip"), EPS);
        assertEquals(0, result.values().get("station.first.lost_capacity"), EPS);
        assertEquals(0, result.values().get("station.second.lost_capacity"), EPS);
    }

    /**
     * Five fair dice, no initial buffers: a station downstream can move only what has reached
     * it, so each loses pips the one before did not roll; the line ships less than 3.5 a round
     * (the whole interval below 3.5).
     */
    @Test
    void fiveStationsShipLessThanTheMeanRoll() {
        ExperimentResult result = play(DiceGameSpec.uniform("goal", 5, FAIR, 0, 20, 0), replications(200), 22);
        Summary throughput = result.summary("system.throughput_per_round");
        assertTrue(throughput.ciHigh() < 3.5, "CI " + throughput);
        // stations further down lose more: the last station's lost capacity exceeds the second's (paired, same replications)
        PairedDifference lostMore = PairedDifference.of(result.values("station.s2.lost_capacity"),
                result.values("station.s5.lost_capacity"), false, 0.95);
        assertTrue(lostMore.difference().ciLow() > 0, "s5 − s2 lost capacity " + lostMore.difference());
    }

    /**
     * Response to variability: dice of 0–7 have the same mean 3.5 as 1–6 but a variance of
     * 5.25 against 2.92, so a station is starved more often: throughput falls (paired over the
     * same replications' streams; both intervals at 1 − 0.05/2).
     */
    @Test
    void moreVariableDiceShipLess() {
        ExperimentResult fair = play(DiceGameSpec.uniform("game", 5, FAIR, 0, 100, 0), replications(100), 23);
        ExperimentResult wide = play(DiceGameSpec.uniform("game", 5, new DistributionSpec.DiscreteUniform(0, 7), 0, 100, 0),
                replications(100), 23);
        PairedDifference change = PairedDifference.of(fair.values("system.throughput_per_round"),
                wide.values("system.throughput_per_round"), true, 1 - 0.05 / 2);
        assertTrue(change.difference().ciHigh() < 0, "wide − fair throughput " + change.difference());
        PairedDifference shortfall = PairedDifference.of(fair.values("system.shortfall_fraction"),
                wide.values("system.shortfall_fraction"), false, 1 - 0.05 / 2);
        assertTrue(shortfall.difference().ciLow() > 0, "wide − fair shortfall " + shortfall.difference());
    }

    /** Response to initial buffers: four items in front of every station keep them supplied early on, so 20 rounds ship closer to 3.5. */
    @Test
    void initialBuffersBringThroughputCloserToTheMeanRoll() {
        ExperimentResult empty = play(DiceGameSpec.uniform("game", 5, FAIR, 0, 20, 0), replications(100), 24);
        ExperimentResult stocked = play(DiceGameSpec.uniform("game", 5, FAIR, 4, 20, 0), replications(100), 24);
        PairedDifference change = PairedDifference.of(empty.values("system.shortfall_fraction"),
                stocked.values("system.shortfall_fraction"), false, 0.95);
        assertTrue(change.difference().ciHigh() < 0, "stocked − empty shortfall " + change.difference());
    }

    /**
     * A balanced line has no steady state: the work between stations is a reflected random walk,
     * whose mean grows like √t. The mean WIP over 400 rounds lies wholly above that over 100
     * rounds, and so does the WIP at the end of the game (each pair of intervals at 1 − 0.05/2).
     */
    @Test
    void workInProcessGrowsWithTheRounds() {
        double confidence = 1 - 0.05 / 2;
        ExperimentResult shortGame = play(DiceGameSpec.uniform("game", 5, FAIR, 0, 100, 0), replications(100), 25);
        ExperimentResult longGame = play(DiceGameSpec.uniform("game", 5, FAIR, 0, 400, 0), replications(100), 26);
        Summary shortWip = Summary.of(shortGame.values("system.wip"), confidence);
        Summary longWip = Summary.of(longGame.values("system.wip"), confidence);
        assertTrue(longWip.ciLow() > shortWip.ciHigh(), "mean WIP: 100 rounds " + shortWip + ", 400 rounds " + longWip);
        Summary shortEnd = shortGame.weeklySummary("system.wip")[99];
        Summary longEnd = longGame.weeklySummary("system.wip")[399];
        assertTrue(longEnd.ciLow() > shortEnd.ciHigh(), "final WIP: 100 rounds " + shortEnd + ", 400 rounds " + longEnd);
    }

    /**
     * Drum-buffer-rope: the first station releases only what keeps the items ahead of the
     * constraint at the rope's buffer, so at the end of every round those items number at most
     * the buffer; the WIP falls well below the plain game's.
     */
    @Test
    void theRopeCapsTheWorkAheadOfTheConstraint() {
        List<DiceGameSpec.Station> stations = List.of(new DiceGameSpec.Station("s1", FAIR, 0),
                new DiceGameSpec.Station("s2", FAIR, 0), new DiceGameSpec.Station("s3", new DistributionSpec.DiscreteUniform(1, 4), 0),
                new DiceGameSpec.Station("s4", FAIR, 0), new DiceGameSpec.Station("s5", FAIR, 0));
        DiceGameSpec plain = new DiceGameSpec("drum", 200, 0, stations);
        DiceGameSpec roped = new DiceGameSpec("drum", 200, 0, stations, new DiceGameSpec.Rope("s3", 8));
        ExperimentResult without = play(plain, replications(50), 27);
        ExperimentResult with = play(roped, replications(50), 27);
        DiceGame game = new DiceGame(roped);
        for (int replication = 0; replication < 10; replication++) {
            ReplicationResult one = game.run(27, replication);
            double[] second = one.weekly().get("station.s2.buffer");
            double[] third = one.weekly().get("station.s3.buffer");
            for (int r = 0; r < 200; r++) {
                assertTrue(second[r] + third[r] <= 8, "round " + (r + 1) + ": " + (second[r] + third[r]) + " items ahead of the constraint");
            }
        }
        PairedDifference wip = PairedDifference.of(without.values("system.wip"), with.values("system.wip"), false, 0.95);
        assertTrue(wip.difference().ciHigh() < 0, "roped − plain WIP " + wip.difference());
    }

    @Test
    void sameSeedSameResultsForAnyThreadCount() {
        DiceGameSpec spec = DiceGameSpec.uniform("game", 5, FAIR, 4, 50, 5);
        ExperimentResult one = ReplicationRunner.run(() -> new DiceGame(spec), 8, 5, 1);
        ExperimentResult two = ReplicationRunner.run(() -> new DiceGame(spec), 8, 5, 2);
        for (int r = 0; r < 8; r++) {
            assertEquals(one.replications().get(r).values(), two.replications().get(r).values());
        }
    }

    @Test
    void badGamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec.Station("s", new DistributionSpec.Uniform(1, 6), 0));
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec.Station("s", new DistributionSpec.Constant(2.5), 0));
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec.Station("s", FAIR, -1));
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec.Station("s", new DistributionSpec.Constant(0), 0));
        assertThrows(IllegalArgumentException.class, () -> DiceGameSpec.uniform("g", 2, FAIR, 0, 10, 10));
        List<DiceGameSpec.Station> two = List.of(new DiceGameSpec.Station("a", FAIR, 0), new DiceGameSpec.Station("b", FAIR, 0));
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec("g", 10, 0, two, new DiceGameSpec.Rope("a", 4)));
        assertThrows(IllegalArgumentException.class, () -> new DiceGameSpec("g", 10, 0, two, new DiceGameSpec.Rope("c", 4)));
    }
}
