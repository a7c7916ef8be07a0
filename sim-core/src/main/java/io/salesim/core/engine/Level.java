package io.salesim.core.engine;

/**
 * A time-weighted level (queue length, busy servers, backlog hours): its time-average after
 * warm-up and per week. With a work calendar only working hours count toward the average.
 * One pass over each interval feeds both the weekly series and the since-warm-up total, so
 * a change of level costs one span computation, and without a calendar the spans come from
 * the clock, so a change adds to two sums, not four. The model closes each week
 * ({@link #weekEnded}), so a change need not look for a week's end.
 */
public final class Level extends Response {
    private final WorkCalendar calendar;
    private double level;
    private double lastTime;
    private double[] weekArea;  // weeks before the current one; the current week's sums are below
    private double[] weekSpan;
    private double weekAreaSoFar;
    // summed with a calendar only, as spanSinceWarmup; without one they are differences of
    // times, the same numbers wherever the summed spans telescoped without rounding (after a
    // run's first hours), and the exact ones elsewhere
    private double weekSpanSoFar;
    private double areaSinceWarmup;
    private double spanSinceWarmup;
    private double warmupEnd;  // the time the warm-up ended, 0 before

    Level(Model model, String metric, Meaning meaning, WorkCalendar calendar) {
        super(model, metric, meaning);
        this.calendar = calendar;
    }

    public void set(double newLevel) {
        addArea(model.now);
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
        addArea(model.now);
        return weekly();
    }

    /** Area under the level in each week so far (level × counted hours). */
    public double[] weeklyTotals() {
        addArea(model.now);
        storeCurrentWeek();
        return weekArea.clone();
    }

    /** Time-average since warm-up, up to now; NaN if no time has counted. */
    public double mean() {
        addArea(model.now);
        double span = spanSinceWarmup();
        return span == 0 ? Double.NaN : areaSinceWarmup / span;
    }

    private double spanSinceWarmup() {
        return calendar == null ? lastTime - warmupEnd : spanSinceWarmup;
    }

    /** Area under the level since warm-up (level × counted hours). */
    public double area() {
        addArea(model.now);
        return areaSinceWarmup;
    }

    @Override
    void weekEnded(int week) {
        addArea((week + 1) * Model.HOURS_PER_WEEK);
        storeWeek(week);
        weekAreaSoFar = 0;
        weekSpanSoFar = 0;
    }

    private void storeCurrentWeek() {
        storeWeek(model.currentWeek());
    }

    private void storeWeek(int week) {
        weekArea[week] = weekAreaSoFar;
        weekSpan[week] = calendar == null ? lastTime - week * Model.HOURS_PER_WEEK : weekSpanSoFar;
    }

    /** Adds the area from the last update to {@code to}, all within the current week. */
    private void addArea(double to) {
        if (calendar == null) {
            double area = level * (to - lastTime);
            weekAreaSoFar += area;
            areaSinceWarmup += area;
        } else {
            double span = calendar.workingHoursBetween(lastTime, to);
            double area = level * span;
            weekAreaSoFar += area;
            weekSpanSoFar += span;
            areaSinceWarmup += area;
            spanSinceWarmup += span;
        }
        lastTime = to;
    }

    @Override
    void start(int weeks) {
        level = 0;
        lastTime = 0;
        weekArea = reuse(weekArea, weeks);
        weekSpan = reuse(weekSpan, weeks);
        weekAreaSoFar = 0;
        weekSpanSoFar = 0;
        areaSinceWarmup = 0;
        spanSinceWarmup = 0;
        warmupEnd = 0;
    }

    @Override
    void endWarmup(double now) {
        addArea(now);
        areaSinceWarmup = 0;
        spanSinceWarmup = 0;
        warmupEnd = now;
    }

    @Override
    double finish(double now) {
        addArea(now);
        double span = spanSinceWarmup();
        return span == 0 ? Double.NaN : areaSinceWarmup / span;
    }

    @Override
    double[] weekly() {
        storeCurrentWeek();
        double[] means = new double[weekArea.length];
        for (int w = 0; w < means.length; w++) {
            means[w] = weekSpan[w] == 0 ? Double.NaN : weekArea[w] / weekSpan[w];
        }
        return means;
    }
}
