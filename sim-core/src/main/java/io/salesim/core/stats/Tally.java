package io.salesim.core.stats;

/**
 * Streaming statistics of observations in O(1) memory, by sums of the values shifted by the
 * first one (the shifted-data algorithm): as stable as Welford's while the first value lies
 * within a few standard deviations of the mean, and with no division per value, which made
 * Welford's update the costliest line of the engine's hot path.
 */
public final class Tally {
    private long count;
    private double shift;
    private double shiftedSum;
    private double shiftedSumOfSquares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void record(double x) {
        if (count == 0) {
            shift = x;
        }
        count++;
        double deviation = x - shift;
        shiftedSum += deviation;
        shiftedSumOfSquares += deviation * deviation;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public void reset() {
        count = 0;
        shift = 0;
        shiftedSum = 0;
        shiftedSumOfSquares = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    public long count() {
        return count;
    }

    /** The mean, or NaN when nothing was recorded. */
    public double mean() {
        return count == 0 ? Double.NaN : shift + shiftedSum / count;
    }

    public double sum() {
        return shift * count + shiftedSum;
    }

    /** Sample variance (n − 1 in the denominator), NaN below two observations. */
    public double variance() {
        if (count < 2) {
            return Double.NaN;
        }
        // rounding can take the difference a hair below 0 when every value is equal
        return Math.max(0, shiftedSumOfSquares - shiftedSum * shiftedSum / count) / (count - 1);
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
