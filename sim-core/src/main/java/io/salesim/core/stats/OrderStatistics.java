package io.salesim.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.util.KthSelector;
import org.apache.commons.math3.util.MedianOf3PivotingStrategy;

/**
 * Every value of one replication kept in a growable primitive array, for exact quantiles.
 * Recording is O(1) amortised. A quantile is found by selection, not by sorting (commons-math3's
 * {@link KthSelector}, quickselect with median-of-3 pivots, O(n) expected): sorting a
 * replication's million waits cost a third of a benchmark run's time. The pivots found by one
 * query are kept until the next record, so the further quantiles of one replication only refine
 * them. The array is kept across {@link #reset()}, so a reused model allocates only while its
 * sample grows.
 *
 * <p>Quantiles are Hyndman and Fan's type 7 (R's default, numpy's {@code linear}, Excel's
 * PERCENTILE.INC): with the values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) p, the p-quantile is
 * x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). It is consistent: for a distribution whose quantile is
 * unique at p, the estimate converges to it as n grows.
 */
public final class OrderStatistics {
    // KthSelector caches the pivots of its first levels in a heap of this many nodes (-1: none yet)
    private static final int CACHED_PIVOTS = (1 << 10) - 1;
    private static final KthSelector SELECTOR = new KthSelector(new MedianOf3PivotingStrategy());

    private double[] values = new double[64];
    private int count;
    // the values being selected from (exactly count long, as KthSelector selects in a whole array)
    // (null until the first query after a record) and its cached pivots, refilled with -1 then
    private double[] work;
    private final int[] pivots = new int[CACHED_PIVOTS];

    public void record(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot order NaN");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
        }
        values[count++] = x;
        work = null;
    }

    /** Forgets the values, keeping the array. */
    public void reset() {
        count = 0;
        work = null;
    }

    public int count() {
        return count;
    }

    /** The type-7 p-quantile, 0 ≤ p ≤ 1; NaN when nothing was recorded. */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile's probability must be in [0, 1], was " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        double h = (count - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= count - 1) {
            return select(count - 1);
        }
        double low = select(below);
        return low + (h - below) * (select(below + 1) - low);
    }

    /** The share of values greater than {@code threshold}; NaN when nothing was recorded. */
    public double fractionAbove(double threshold) {
        if (count == 0) {
            return Double.NaN;
        }
        long above = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] > threshold) {
                above++;
            }
        }
        return above / (double) count;
    }

    /** The k-th smallest value, 0-based. */
    private double select(int k) {
        if (work == null) {
            work = Arrays.copyOf(values, count);
            Arrays.fill(pivots, -1);
        }
        return SELECTOR.select(work, pivots, k);
    }
}
