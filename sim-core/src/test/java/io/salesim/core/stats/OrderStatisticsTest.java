package io.salesim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Type-7 quantiles against order statistics worked out by hand (and as R's quantile(x, p) gives them). */
class OrderStatisticsTest {
    private static final double EPS = 1e-12;

    private static OrderStatistics of(double... values) {
        OrderStatistics sample = new OrderStatistics();
        for (double v : values) {
            sample.record(v);
        }
        return sample;
    }

    @Test
    void theMedianOfAFewValuesIsTheMiddleOneOrTheMeanOfTheTwo() {
        double[] odd = {3, 1, 4, 1, 5};
        assertEquals(3, OrderStatistics.median(odd));
        assertEquals(3, odd[0], "the values are left as they are");
        assertEquals(3.5, OrderStatistics.median(new double[] {3, 1, 4, 1, 5, 9, 2, 6}), "R: median(c(3,1,4,1,5,9,2,6))");
        assertEquals(7, OrderStatistics.median(new double[] {7}));
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.median(new double[0]));
    }

    @Test
    void quantilesInterpolateBetweenNeighbouringOrderStatistics() {
        // sorted 1 1 2 3 4 5 6 9, n = 8, h = 7p: R quantile(c(3,1,4,1,5,9,2,6), c(0,.25,.5,.9,.95,1)) = 1 1.75 3.5 6.9 7.95 9
        OrderStatistics sample = of(3, 1, 4, 1, 5, 9, 2, 6);
        assertEquals(1, sample.quantile(0), EPS);
        assertEquals(1.75, sample.quantile(0.25), EPS);
        assertEquals(3.5, sample.quantile(0.5), EPS);
        assertEquals(6.9, sample.quantile(0.9), EPS);
        assertEquals(7.95, sample.quantile(0.95), EPS);
        assertEquals(9, sample.quantile(1), EPS);
        // 1..5: h = 4p, the median is the middle value, p90 = 4 + 0.6 × (5 − 4)
        OrderStatistics five = of(5, 4, 3, 2, 1);
        assertEquals(3, five.quantile(0.5), EPS);
        assertEquals(4.6, five.quantile(0.9), EPS);
        // one value is every quantile
        assertEquals(7, of(7).quantile(0.3), EPS);
    }

    @Test
    void aLargeShuffledSampleGrowsTheArrayAndStillOrdersExactly() {
        // 0..999 in a random order: x_(k) = k, so the type-7 p-quantile is 999 p exactly
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            values.add((double) k);
        }
        Collections.shuffle(values, new Random(7));
        OrderStatistics sample = new OrderStatistics();
        values.forEach(sample::record);
        assertEquals(1000, sample.count());
        for (double p : new double[] {0, 0.001, 0.5, 0.9, 0.95, 0.999, 1}) {
            assertEquals(999 * p, sample.quantile(p), 1e-9, "p = " + p);
        }
        // recording after a query sorts again: 1000 is now the maximum and the median moves half a step
        sample.record(1000);
        assertEquals(1000, sample.quantile(1), EPS);
        assertEquals(500, sample.quantile(0.5), EPS);
    }

    @Test
    void aSampleLargeEnoughForBucketsOrdersExactlyAcrossSignsAndTies() {
        // -100000..99999 in a random order, each twice: 400,000 values, enough to be counted into
        // buckets, the negative ones in flipped bit order. Sorted, x_(i) = floor(i / 2) - 100000,
        // and the type-7 p-quantile interpolates between x_(floor h) and the next, h = 399999 p
        List<Double> values = new ArrayList<>();
        for (int k = -100_000; k < 100_000; k++) {
            values.add((double) k);
            values.add((double) k);
        }
        Collections.shuffle(values, new Random(11));
        OrderStatistics sample = new OrderStatistics();
        values.forEach(sample::record);
        int n = values.size();
        for (double p : new double[] {0, 0.1, 0.25, 0.5, 0.9, 0.95, 0.999, 1}) {
            double h = (n - 1) * p;
            int below = (int) Math.floor(h);
            double low = Math.floorDiv(below, 2) - 100_000;
            double high = Math.floorDiv(Math.min(below + 1, n - 1), 2) - 100_000;
            assertEquals(low + (h - below) * (high - low), sample.quantile(p), EPS, "p = " + p);
        }
        // an atom: 300,000 zeros and 100,000 ones; every quantile below 3/4 is 0, above it 1
        OrderStatistics atoms = new OrderStatistics();
        for (int i = 0; i < 400_000; i++) {
            atoms.record(i % 4 == 3 ? 1 : 0);
        }
        assertEquals(0, atoms.quantile(0.5), EPS);
        assertEquals(0, atoms.quantile(0.74), EPS);
        assertEquals(1, atoms.quantile(0.76), EPS);
        // recording after a query counts again: a new maximum is the 1-quantile
        atoms.record(2);
        assertEquals(2, atoms.quantile(1), EPS);
    }

    @Test
    void theShareAboveAThresholdCountsStrictlyGreaterValues() {
        // two of five waited: P(wait > 0) = 0.4; the zeros are the atom at 0
        OrderStatistics waits = of(0, 3, 0, 2, 0);
        assertEquals(0.4, waits.fractionAbove(0), EPS);
        assertEquals(0, waits.quantile(0.5), EPS);
        assertEquals(1 / 3.0, of(1, 2, 1).fractionAbove(1), EPS);
        assertEquals(0, of(1, 1).fractionAbove(1), EPS);
        assertEquals(1, of(1, 1).fractionAbove(0.5), EPS);
    }

    @Test
    void anEmptySampleHasNoQuantileAndAResetForgetsTheValues() {
        OrderStatistics sample = new OrderStatistics();
        assertTrue(Double.isNaN(sample.quantile(0.5)));
        assertTrue(Double.isNaN(sample.fractionAbove(0)));
        sample.record(10);
        sample.record(20);
        sample.reset();
        assertEquals(0, sample.count());
        assertTrue(Double.isNaN(sample.quantile(0.9)));
        sample.record(4);
        assertEquals(4, sample.quantile(0.9), EPS);
        assertThrows(IllegalArgumentException.class, () -> sample.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> sample.quantile(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> sample.record(Double.NaN));
    }
}
