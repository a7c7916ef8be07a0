package io.salesim.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class RandomStreamTest {
    private static final int N = 20_000;

    private static double[] draws(String name, long seed, int replication) {
        RandomStream stream = new RandomStream(name);
        stream.reseed(seed, replication);
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            out[i] = stream.nextDouble();
        }
        return out;
    }

    /**
     * Independent uniforms have correlation 0; under independence √N · r is close to
     * standard normal, so the three checks share a 95% level at z(1 − 0.025/3).
     */
    @Test
    void differentNamesReplicationsAndSeedsAreUncorrelated() {
        double z = new NormalDistribution().inverseCumulativeProbability(1 - 0.025 / 3);
        double bound = z / Math.sqrt(N);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double[] base = draws("arrivals", 1, 0);
        double byName = pearson.correlation(base, draws("service", 1, 0));
        double byReplication = pearson.correlation(base, draws("arrivals", 1, 1));
        double bySeed = pearson.correlation(base, draws("arrivals", 2, 0));
        assertTrue(Math.abs(byName) < bound, "names: r = " + byName);
        assertTrue(Math.abs(byReplication) < bound, "replications: r = " + byReplication);
        assertTrue(Math.abs(bySeed) < bound, "seeds: r = " + bySeed);
    }

    @Test
    void sameNameSeedAndReplicationRepeatExactly() {
        assertArrayEquals(draws("arrivals", 7, 3), draws("arrivals", 7, 3), 0.0);
        RandomStream stream = new RandomStream("x");
        stream.reseed(7, 3);
        double first = stream.nextDouble();
        stream.nextDouble();
        stream.reseed(7, 3);
        assertEquals(first, stream.nextDouble(), 0.0, "reseeding rewinds the stream");
        assertNotEquals(RandomStream.seedFor(1, 0, "ab"), RandomStream.seedFor(1, 0, "ba"));
    }

    @Test
    void openDrawsAreNeverZeroAndSeedingIsClosed() {
        RandomStream stream = new RandomStream("open");
        for (int i = 0; i < 100_000; i++) {
            double u = stream.nextOpenDouble();
            assertTrue(u > 0 && u < 1);
        }
        assertThrows(UnsupportedOperationException.class, () -> stream.setSeed(1L));
        assertThrows(UnsupportedOperationException.class, () -> stream.setSeed(1));
        assertThrows(UnsupportedOperationException.class, () -> stream.setSeed(new int[] {1}));
    }
}
