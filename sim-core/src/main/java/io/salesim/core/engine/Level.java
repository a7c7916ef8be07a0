package io.salesim.core.engine;

import io.salesim.core.stats.TimeWeighted;

/**
 * A time-weighted level (queue length, busy servers, backlog hours): its time-average after
 * warm-up and per week. With a work calendar only working hours count toward the average.
 */
public final class Level extends Response {
    private final WorkCalendar calendar;
    private final TimeWeighted total;
    private double level;
    private double lastTime;
    private double nextWeekStart;
    private int week;
    private double[] weekArea;
    private double[] weekSpan;

    Level(Model model, String metric, String unit, WorkCalendar calendar) {
        super(model, metric, unit);
        this.calendar = calendar;
        this.total = calendar == null ? new TimeWeighted() : new TimeWeighted(calendar::workingHoursBetween);
    }

    public void set(double newLevel) {
        double now = model.now();
        accumulate(now);
        total.set(newLevel, now);
        level = newLevel;
    }

    public void add(double delta) {
        set(level + delta);
    }

    public double value() {
        return level;
    }

    /** Weekly time-averages so far (NaN for weeks with no counted time). */
    public double[] weeklyMeans() {
        accumulate(model.now());
        return weekly();
    }

    /** Time-average since warm-up, up to now. */
    public double mean() {
        return total.mean(model.now());
    }

    /** Area under the level since warm-up (level × counted hours). */
    public double area() {
        total.advance(model.now());
        return total.area();
    }

    private void accumulate(double now) {
        if (now < nextWeekStart) {
            addArea(week, lastTime, now);
        } else {
            double from = lastTime;
            while (now >= nextWeekStart && week < weekArea.length - 1) {
                addArea(week, from, nextWeekStart);
                from = nextWeekStart;
                week++;
                nextWeekStart += Model.HOURS_PER_WEEK;
            }
            addArea(week, from, now);
        }
        lastTime = now;
    }

    private void addArea(int w, double from, double to) {
        double span = calendar == null ? to - from : calendar.workingHoursBetween(from, to);
        weekArea[w] += level * span;
        weekSpan[w] += span;
    }

    @Override
    void start(int weeks) {
        level = 0;
        lastTime = 0;
        week = 0;
        nextWeekStart = Model.HOURS_PER_WEEK;
        weekArea = reuse(weekArea, weeks);
        weekSpan = reuse(weekSpan, weeks);
        total.reset(0, 0);
    }

    @Override
    void endWarmup(double now) {
        total.restart(now);
    }

    @Override
    double finish(double now) {
        accumulate(now);
        return total.mean(now);
    }

    @Override
    double[] weekly() {
        double[] means = new double[weekArea.length];
        for (int w = 0; w < means.length; w++) {
            means[w] = weekSpan[w] == 0 ? Double.NaN : weekArea[w] / weekSpan[w];
        }
        return means;
    }
}
