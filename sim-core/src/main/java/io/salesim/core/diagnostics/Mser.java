package io.salesim.core.diagnostics;

/**
 * The MSER truncation rule (White 1997; as MSER-5 in Hoad, Robinson and Davies 2010): cut the
 * series into batch means z₁…z_k and drop the first d batches that minimise
 * Σ_{i>d}(z_i − z̄_d)² / (k − d)², the squared standard error of the mean that remains,
 * searching d up to k/2. A minimum at the end of that search means the series does not settle
 * in its first half: the run is too short for it, or it has no steady state.
 */
public final class Mser {
    /** Batch means needed for the rule to say anything. */
    public static final int MIN_BATCHES = 4;

    /**
     * @param points  points to drop from the start of the series (a whole number of batches)
     * @param batch   points per batch
     * @param settled false when the minimum lies at the end of the search: no truncation point in the first half
     */
    public record Truncation(int points, int batch, boolean settled) {
    }

    private Mser() {
    }

    /** The batch size for a series of {@code length} points: 5, as MSER-5, once that leaves ten batches; else 1. */
    public static int batchFor(int length) {
        return length / 5 >= 10 ? 5 : 1;
    }

    /**
     * The truncation of {@code series} (NaN points, e.g. weeks with no observation, are left out
     * of their batch; a batch with none left is skipped), or null when there are fewer than
     * {@link #MIN_BATCHES} batches. An incomplete last batch is dropped.
     */
    public static Truncation truncate(double[] series, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, was " + batch);
        }
        int batches = series.length / batch;
        double[] means = new double[batches];
        int[] starts = new int[batches];
        int k = 0;
        for (int b = 0; b < batches; b++) {
            double sum = 0;
            int n = 0;
            for (int i = b * batch; i < (b + 1) * batch; i++) {
                if (!Double.isNaN(series[i])) {
                    sum += series[i];
                    n++;
                }
            }
            if (n > 0) {
                means[k] = sum / n;
                starts[k] = b * batch;
                k++;
            }
        }
        if (k < MIN_BATCHES) {
            return null;
        }
        int last = k / 2;
        int best = 0;
        double bestStatistic = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= last; d++) {
            double mean = 0;
            for (int i = d; i < k; i++) {
                mean += means[i];
            }
            mean /= k - d;
            double squares = 0;
            for (int i = d; i < k; i++) {
                squares += (means[i] - mean) * (means[i] - mean);
            }
            double statistic = squares / ((double) (k - d) * (k - d));
            if (statistic < bestStatistic) {
                bestStatistic = statistic;
                best = d;
            }
        }
        return new Truncation(starts[best], batch, best < last);
    }
}
