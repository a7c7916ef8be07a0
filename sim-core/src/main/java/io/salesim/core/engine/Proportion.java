package io.salesim.core.engine;

/**
 * The share of observations that meet a condition (items that waited): after warm-up and per
 * week. The same figure as the mean of a 0/1 {@link Observations}, kept as two counts so that
 * recording one costs two increments, not a running mean.
 */
public final class Proportion extends Response {
    private long count;
    private long hits;
    private double[] weekCount;
    private double[] weekHits;

    Proportion(Model model, String metric, Meaning meaning) {
        super(model, metric, meaning);
    }

    public void record(boolean hit) {
        int week = model.currentWeek();
        count++;
        weekCount[week]++;
        if (hit) {
            hits++;
            weekHits[week]++;
        }
    }

    @Override
    void start(int weeks) {
        count = 0;
        hits = 0;
        weekCount = reuse(weekCount, weeks);
        weekHits = reuse(weekHits, weeks);
    }

    @Override
    void endWarmup(double now) {
        count = 0;
        hits = 0;
    }

    @Override
    double finish(double now) {
        return count == 0 ? Double.NaN : hits / (double) count;
    }

    @Override
    double[] weekly() {
        double[] shares = new double[weekCount.length];
        for (int w = 0; w < shares.length; w++) {
            shares[w] = weekCount[w] == 0 ? Double.NaN : weekHits[w] / weekCount[w];
        }
        return shares;
    }
}
