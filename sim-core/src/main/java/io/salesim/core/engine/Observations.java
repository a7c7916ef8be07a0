package io.salesim.core.engine;

import io.salesim.core.stats.Tally;

/** Observation statistic (waiting time, cycle time): its mean after warm-up and per week. */
public final class Observations extends Response {
    private final Tally tally = new Tally();
    private double[] weekSum;
    private double[] weekCount;

    Observations(Model model, String metric, Meaning meaning) {
        super(model, metric, meaning);
    }

    public void record(double value) {
        tally.record(value);
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

    @Override
    void start(int weeks) {
        tally.reset();
        weekSum = reuse(weekSum, weeks);
        weekCount = reuse(weekCount, weeks);
    }

    @Override
    void endWarmup(double now) {
        tally.reset();
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
