package io.salesim.core.engine;

/**
 * The share of observations that meet a condition (items that waited): after warm-up and per
 * week. The same figure as the mean of a 0/1 {@link Observations}, kept as two counts so that
 * recording one costs two increments, not a running mean.
 */
public final class Proportion extends Response {
    private long count;
    private long hits;
    private long countThisWeek;
    private long hitsThisWeek;
    private double[] weekCount;  // the weeks before the current one, as weekHits
    private double[] weekHits;

    Proportion(Model model, String metric, Meaning meaning) {
        super(model, metric, meaning);
    }

    public void record(boolean hit) {
        count++;
        countThisWeek++;
        if (hit) {
            hits++;
            hitsThisWeek++;
        }
    }

    @Override
    void start(int weeks) {
        count = 0;
        hits = 0;
        countThisWeek = 0;
        hitsThisWeek = 0;
        weekCount = reuse(weekCount, weeks);
        weekHits = reuse(weekHits, weeks);
    }

    @Override
    void weekEnded(int week) {
        storeWeek(week);
        countThisWeek = 0;
        hitsThisWeek = 0;
    }

    private void storeWeek(int week) {
        weekCount[week] = countThisWeek;
        weekHits[week] = hitsThisWeek;
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
        storeWeek(model.currentWeek());
        double[] shares = new double[weekCount.length];
        for (int w = 0; w < shares.length; w++) {
            shares[w] = weekCount[w] == 0 ? Double.NaN : weekHits[w] / weekCount[w];
        }
        return shares;
    }
}
