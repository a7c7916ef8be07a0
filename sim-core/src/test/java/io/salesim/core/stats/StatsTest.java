package io.salesim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double EPS = 1e-9;

    @Test
    void tallyMatchesATwoPassComputation() {
        Tally tally = new Tally();
        DescriptiveStatistics reference = new DescriptiveStatistics();
        for (int i = 0; i < 1000; i++) {
            // large offset: Welford stays accurate where the naive sum of squares would not
            double x = 1e9 + Math.sin(i) * 3;
            tally.record(x);
            reference.addValue(x);
        }
        assertEquals(reference.getMean(), tally.mean(), 1e-6);
        assertEquals(reference.getVariance(), tally.variance(), 1e-6);
        assertEquals(reference.getMin(), tally.min(), 0);
        assertEquals(reference.getMax(), tally.max(), 0);
        tally.reset();
        assertTrue(Double.isNaN(tally.mean()));
        assertTrue(Double.isNaN(tally.variance()));
    }

    @Test
    void summaryIsAStudentTInterval() {
        // 1..5: mean 3, s = √2.5; t(0.975, 4) = 2.776445: half-width 2.776445 × √2.5 / √5 = 1.963243
        Summary summary = Summary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, summary.n());
        assertEquals(3, summary.mean(), EPS);
        assertEquals(Math.sqrt(2.5), summary.stdev(), EPS);
        assertEquals(1.963243, summary.halfWidth(), 1e-6);
        assertTrue(summary.covers(1.1) && !summary.covers(0.9));
        // NaN replications are left out
        assertEquals(5, Summary.of(new double[] {1, Double.NaN, 2, 3, 4, 5}).n());
        assertTrue(Double.isNaN(Summary.of(new double[] {7}).ciLow()));
        assertEquals(0, Summary.of(new double[] {}).n());
    }

    @Test
    void pairedDifferenceComparesReplicationByReplication() {
        double[] baseline = {10, 12, 11, 13};
        double[] alternative = {11, 13, 11.5, 12};
        PairedDifference lowerIsBetter = PairedDifference.of(baseline, alternative, false, 0.95);
        // differences 1, 1, 0.5, −1: mean 0.375; better (lower) in 1 of 4
        assertEquals(0.375, lowerIsBetter.difference().mean(), EPS);
        assertEquals(0.25, lowerIsBetter.probabilityBetter(), EPS);
        assertEquals(0.75, PairedDifference.of(baseline, alternative, true, 0.95).probabilityBetter(), EPS);
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[2], new double[3], true, 0.95));
    }

    @Test
    void timeWeightedAverageAndWarmupRestart() {
        TimeWeighted level = new TimeWeighted();
        level.reset(0, 0);
        level.set(2, 1);   // 0 for 1 h
        level.set(4, 3);   // 2 for 2 h
        assertEquals((0 + 4 + 4 * 1) / 4.0, level.mean(4), EPS);  // 4 for 1 h
        assertEquals(4, level.max());
        level.restart(4);
        level.set(1, 6);   // 4 for 2 h after the restart
        assertEquals((8 + 1 * 2) / 4.0, level.mean(8), EPS);
        // a weight that counts only the first half of each hour
        TimeWeighted halfHours = new TimeWeighted((from, to) -> (to - from) / 2);
        halfHours.reset(0, 3);
        assertEquals(3, halfHours.mean(10), EPS);
        assertEquals(5, halfHours.span(), EPS);
    }
}
