package io.salesim.core.engine;

import io.salesim.core.stats.OrderStatistics;
import io.salesim.core.stats.Tally;

/**
 * Observation statistic (waiting time, cycle time): its mean after warm-up and per week.
 * Declared with quantiles, it also keeps every value after warm-up for exact order statistics
 * ({@link OrderStatistics}: 8 bytes a value, a selection per quantile asked).
 */
public final class Observations extends Response {
    private final Tally tally = new Tally();
    private final OrderStatistics values;
    private double[] weekSum;
    private double[] weekCount;

    Observations(Model model, String metric, Meaning meaning, boolean withQuantiles) {
        super(model, metric, meaning);
        this.values = withQuantiles ? new OrderStatistics() : null;
    }

    public void record(double value) {
        tally.record(value);
        if (values != null) {
            values.record(value);
        }
        int week = model.currentWeek();
        weekSum[week] += value;
        weekCount[week]++;
    }

    public long count() {
        return tally.count();
    }

    public double mean() {
        return tally.mean();
    }

    public double sum() {
        return tally.sum();
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
        tally.reset();
        if (values != null) {
            values.reset();
        }
        weekSum = reuse(weekSum, weeks);
        weekCount = reuse(weekCount, weeks);
    }

    @Override
    void endWarmup(double now) {
        tally.reset();
        if (values != null) {
            values.reset();
        }
    }

    @Override
    double finish(double now) {
        return tally.mean();
    }

    @Override
    double[] weekly() {
        double[] means = new double[weekSum.length];
        for (int w = 0; w < means.length; w++) {
            means[w] = weekCount[w] == 0 ? Double.NaN : weekSum[w] / weekCount[w];
        }
        return means;
    }
}
