package io.salesim.core.engine;

import io.salesim.core.stats.OrderStatistics;

/**
 * Observation statistic (waiting time, cycle time): its mean after warm-up and per week.
 * Declared with quantiles, it also keeps every value after warm-up for exact order statistics
 * ({@link OrderStatistics}: 8 bytes a value, a selection per quantile asked).
 */
public final class Observations extends Response {
    // count, mean and sum since warm-up by the shifted sums of stats.Tally, the same arithmetic
    // and so the same means, without the variance and extremes no observation statistic reports
    private long count;
    private double shift;
    private double shiftedSum;
    private final OrderStatistics values;
    private double sumThisWeek;
    private long countThisWeek;
    private double[] weekSum;  // the weeks before the current one, as weekCount
    private double[] weekCount;

    Observations(Model model, String metric, Meaning meaning, boolean withQuantiles) {
        super(model, metric, meaning);
        this.values = withQuantiles ? new OrderStatistics() : null;
    }

    public void record(double value) {
        if (count == 0) {
            shift = value;
        }
        count++;
        shiftedSum += value - shift;
        if (values != null) {
            values.record(value);
        }
        sumThisWeek += value;
        countThisWeek++;
    }

    public long count() {
        return count;
    }

    /** The mean since warm-up, NaN if nothing was recorded. */
    public double mean() {
        return count == 0 ? Double.NaN : shift + shiftedSum / count;
    }

    public double sum() {
        return shift * count + shiftedSum;
    }

    /** The type-7 p-quantile of the values since warm-up, NaN if none; only when declared with quantiles. */
    public double quantile(double p) {
        if (values == null) {
            throw new IllegalStateException(metric() + " keeps no values for quantiles");
        }
        return values.quantile(p);
    }

    @Override
    void start(int weeks) {
        resetSums();
        if (values != null) {
            values.reset();
        }
        sumThisWeek = 0;
        countThisWeek = 0;
        weekSum = reuse(weekSum, weeks);
        weekCount = reuse(weekCount, weeks);
    }

    private void resetSums() {
        count = 0;
        shift = 0;
        shiftedSum = 0;
    }

    @Override
    void weekEnded(int week) {
        storeWeek(week);
        sumThisWeek = 0;
        countThisWeek = 0;
    }

    private void storeWeek(int week) {
        weekSum[week] = sumThisWeek;
        weekCount[week] = countThisWeek;
    }

    @Override
    void endWarmup(double now) {
        resetSums();
        if (values != null) {
            values.reset();
        }
    }

    @Override
    double finish(double now) {
        return mean();
    }

    @Override
    double[] weekly() {
        storeWeek(model.currentWeek());
        double[] means = new double[weekSum.length];
        for (int w = 0; w < means.length; w++) {
            means[w] = weekCount[w] == 0 ? Double.NaN : weekSum[w] / weekCount[w];
        }
        return means;
    }
}
