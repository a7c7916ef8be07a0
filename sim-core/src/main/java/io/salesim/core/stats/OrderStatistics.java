package io.salesim.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.util.KthSelector;
import org.apache.commons.math3.util.MedianOf3PivotingStrategy;

/**
 * Every value of one replication kept in a growable primitive array, for exact quantiles.
 * Recording is O(1) amortised. A quantile is found by selection, not by sorting: sorting a
 * replication's million waits cost a third of a benchmark run's time. A small sample is copied
 * and selected from by commons-math3's {@link KthSelector} (quickselect with median-of-3
 * pivots, O(n) expected), keeping the pivots of one query for the next. A large one is first
 * counted into buckets by the leading bits of each value, in one pass, then only the values of
 * the bucket holding the wanted rank are gathered and selected from: quickselect over all the
 * values mispredicts a branch for every other comparison, and took 7% of a benchmark run. Both
 * find the exact order statistic, so both give the same value. The arrays are kept across
 * {@link #reset()}, so a reused model allocates only while its sample grows.
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
    // a bucket is the top 16 bits of a value's order-preserving bit pattern: sign, exponent and 4
    // bits of mantissa, a sixteenth of a power of 2; from as many values as buckets on, counting
    // them pays for the 256 KB of counts
    private static final int BUCKET_BITS = 16;
    private static final int BUCKETED_FROM = 1 << BUCKET_BITS;

    private double[] values = new double[64];
    private int count;
    // whether what a query prepares (below) is up to date: false from a record on. A flag rather
    // than clearing a reference, so that a record stores no reference (G1 fences that)
    private boolean prepared;
    // the values being selected from, exactly as long as KthSelector needs (a copy of them all,
    // or a large sample's one bucket), with their cached pivots
    private double[] work;
    private final int[] pivots = new int[CACHED_PIVOTS];
    // a large sample's values a bucket (null while small), the bucket in work (-1: none yet) and
    // the values in the buckets before it
    private int[] bucketCounts;
    private int workBucket;
    private int workBelow;

    /**
     * The median of a few values, e.g. a benchmark's rounds: the middle one, or the mean of the
     * two middle ones ({@code values} is left as it is).
     */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public void record(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot order NaN");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
        }
        values[count++] = x;
        prepared = false;
    }

    /** Forgets the values, keeping the arrays. */
    public void reset() {
        count = 0;
        prepared = false;
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
        if (count < BUCKETED_FROM) {
            if (!prepared) {
                work = Arrays.copyOf(values, count);
                Arrays.fill(pivots, -1);
                prepared = true;
            }
            return SELECTOR.select(work, pivots, k);
        }
        if (!prepared) {
            countBuckets();
            prepared = true;
        }
        int bucket = 0;
        int below = 0;
        while (below + bucketCounts[bucket] <= k) {
            below += bucketCounts[bucket++];
        }
        if (bucket != workBucket) {
            gather(bucket, below);
        }
        return SELECTOR.select(work, pivots, k - workBelow);
    }

    private void countBuckets() {
        if (bucketCounts == null) {
            bucketCounts = new int[1 << BUCKET_BITS];
        } else {
            Arrays.fill(bucketCounts, 0);
        }
        for (int i = 0; i < count; i++) {
            bucketCounts[bucket(values[i])]++;
        }
        workBucket = -1;
    }

    /** Copies the values of one bucket into {@code work}, for a selection among them only. */
    private void gather(int bucket, int below) {
        double[] members = new double[bucketCounts[bucket]];
        int gathered = 0;
        for (int i = 0; i < count; i++) {
            if (bucket(values[i]) == bucket) {
                members[gathered++] = values[i];
            }
        }
        work = members;
        workBucket = bucket;
        workBelow = below;
        Arrays.fill(pivots, -1);
    }

    /**
     * The value's bucket, in the order of the values: a negative value's other bits are flipped,
     * so that the patterns order as signed numbers, and the sign bit is flipped, so that they order
     * as unsigned ones (−0 comes just before +0; NaN is never recorded).
     */
    private static int bucket(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long ordered = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        return (int) (ordered >>> (Long.SIZE - BUCKET_BITS));
    }
}
