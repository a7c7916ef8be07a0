package io.salesim.core.stats;

/** Streaming statistics of observations (Welford's algorithm): O(1) memory, numerically stable. */
public final class Tally {
    private long count;
    private double mean;
    private double sumSquaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void record(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        sumSquaredDeviations += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public void reset() {
        count = 0;
        mean = 0;
        sumSquaredDeviations = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    public long count() {
        return count;
    }

    /** The mean, or NaN when nothing was recorded. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    public double sum() {
        return mean * count;
    }

    /** Sample variance (n − 1 in the denominator), NaN below two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : sumSquaredDeviations / (count - 1);
    }

    public double stdev() {
        return Math.sqrt(variance());
    }

    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    public double max() {
        return count == 0 ? Double.NaN : max;
    }
}
