package io.salesim.core.stats;

import java.util.Arrays;

/**
 * Every value of one replication kept in a growable primitive array, for exact quantiles.
 * Recording is O(1) amortised; the values are sorted once, at the first query after a record,
 * so asking several quantiles at the end of a replication costs one sort. The array is kept
 * across {@link #reset()}, so a reused model allocates only while its sample grows.
 *
 * <p>Quantiles are Hyndman and Fan's type 7 (R's default, numpy's {@code linear}, Excel's
 * PERCENTILE.INC): with the values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) p, the p-quantile is
 * x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). It is consistent: for a distribution whose quantile is
 * unique at p, the estimate converges to it as n grows.
 */
public final class OrderStatistics {
    private double[] values = new double[64];
    private int count;
    private boolean sorted = true;

    public void record(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot order NaN");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
        }
        values[count++] = x;
        sorted = false;
    }

    /** Forgets the values, keeping the array. */
    public void reset() {
        count = 0;
        sorted = true;
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
        sort();
        double h = (count - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= count - 1) {
            return values[count - 1];
        }
        return values[below] + (h - below) * (values[below + 1] - values[below]);
    }

    /** The share of values greater than {@code threshold}; NaN when nothing was recorded. */
    public double fractionAbove(double threshold) {
        if (count == 0) {
            return Double.NaN;
        }
        sort();
        // the first index whose value exceeds the threshold
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] > threshold) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return (count - low) / (double) count;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, count);
            sorted = true;
        }
    }
}
