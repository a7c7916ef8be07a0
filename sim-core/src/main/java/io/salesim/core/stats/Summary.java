package io.salesim.core.stats;

import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Across-replication summary: mean, sample standard deviation and a two-sided Student-t
 * confidence interval. Replications that produced no value (NaN) are left out and counted.
 */
public record Summary(long n, double mean, double stdev, double ciLow, double ciHigh) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    public static Summary of(double[] values) {
        return of(values, DEFAULT_CONFIDENCE);
    }

    public static Summary of(double[] values, double confidence) {
        Tally tally = new Tally();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                tally.record(v);
            }
        }
        return of(tally, confidence);
    }

    /** The summary of observations already gathered in a tally. */
    public static Summary of(Tally tally, double confidence) {
        return of(tally, n -> tQuantile(n, confidence));
    }

    /**
     * The summary of a tally, with the t quantile for its count taken from {@code tQuantileByCount}:
     * callers summarising many tallies memoise it, as each quantile costs microseconds.
     */
    public static Summary of(Tally tally, LongToDoubleFunction tQuantileByCount) {
        long n = tally.count();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Summary(1, tally.mean(), Double.NaN, Double.NaN, Double.NaN);
        }
        double halfWidth = tQuantileByCount.applyAsDouble(n) * tally.stdev() / Math.sqrt(n);
        return new Summary(n, tally.mean(), tally.stdev(), tally.mean() - halfWidth, tally.mean() + halfWidth);
    }

    /** t quantile × s / √n. */
    public static double halfWidth(double stdev, long n, double confidence) {
        if (n < 2) {
            return Double.NaN;
        }
        return tQuantile(n, confidence) * stdev / Math.sqrt(n);
    }

    /** The two-sided Student-t quantile with n − 1 degrees of freedom (n ≥ 2). */
    public static double tQuantile(long n, double confidence) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
    }

    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    public boolean covers(double value) {
        return value >= ciLow && value <= ciHigh;
    }
}
