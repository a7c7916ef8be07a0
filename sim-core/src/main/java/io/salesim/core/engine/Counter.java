package io.salesim.core.engine;

/** Counts occurrences; reported as a rate per week after warm-up, and as a count per week. */
public final class Counter extends Response {
    private long count;
    private long countThisWeek;
    private double[] weekCount;  // the weeks before the current one
    private double countingSince;

    Counter(Model model, String metric, Meaning meaning) {
        super(model, metric, meaning);
    }

    public void increment() {
        add(1);
    }

    public void add(long n) {
        count += n;
        countThisWeek += n;
    }

    public long count() {
        return count;
    }

    @Override
    void start(int weeks) {
        count = 0;
        countThisWeek = 0;
        countingSince = 0;
        weekCount = reuse(weekCount, weeks);
    }

    @Override
    void weekEnded(int week) {
        weekCount[week] = countThisWeek;
        countThisWeek = 0;
    }

    @Override
    void endWarmup(double now) {
        count = 0;
        countingSince = now;
    }

    @Override
    double finish(double now) {
        double weeks = (now - countingSince) / Model.HOURS_PER_WEEK;
        return weeks > 0 ? count / weeks : Double.NaN;
    }

    @Override
    double[] weekly() {
        weekCount[model.currentWeek()] = countThisWeek;
        return weekCount.clone();
    }
}
