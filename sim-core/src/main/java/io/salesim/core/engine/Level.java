package io.salesim.core.engine;

/**
 * A time-weighted level (queue length, busy servers, backlog hours): its time-average after
 * warm-up and per week. With a work calendar only working hours count toward the average.
 * One pass over each interval feeds both the weekly series and the since-warm-up total, so
 * a change of level costs one span computation.
 */
public final class Level extends Response {
    private final WorkCalendar calendar;
    private double level;
    private double lastTime;
    private double nextWeekStart;
    private int week;
    private double[] weekArea;  // weeks before the current one; the current week's sums are below
    private double[] weekSpan;
    private double weekAreaSoFar;
    private double weekSpanSoFar;
    private double areaSinceWarmup;
    private double spanSinceWarmup;

    Level(Model model, String metric, Meaning meaning, WorkCalendar calendar) {
        super(model, metric, meaning);
        this.calendar = calendar;
    }

    public void set(double newLevel) {
        accumulate(model.now());
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

    /** Area under the level in each week so far (level × counted hours). */
    public double[] weeklyTotals() {
        accumulate(model.now());
        storeCurrentWeek();
        return weekArea.clone();
    }

    /** Time-average since warm-up, up to now; NaN if no time has counted. */
    public double mean() {
        accumulate(model.now());
        return spanSinceWarmup == 0 ? Double.NaN : areaSinceWarmup / spanSinceWarmup;
    }

    /** Area under the level since warm-up (level × counted hours). */
    public double area() {
        accumulate(model.now());
        return areaSinceWarmup;
    }

    private void accumulate(double now) {
        while (now >= nextWeekStart && week < weekArea.length - 1) {
            addArea(nextWeekStart);
            storeCurrentWeek();
            weekAreaSoFar = 0;
            weekSpanSoFar = 0;
            week++;
            nextWeekStart += Model.HOURS_PER_WEEK;
        }
        addArea(now);
    }

    private void storeCurrentWeek() {
        weekArea[week] = weekAreaSoFar;
        weekSpan[week] = weekSpanSoFar;
    }

    /** Adds the area from the last update to {@code to}, all within the current week. */
    private void addArea(double to) {
        double span = calendar == null ? to - lastTime : calendar.workingHoursBetween(lastTime, to);
        double area = level * span;
        weekAreaSoFar += area;
        weekSpanSoFar += span;
        areaSinceWarmup += area;
        spanSinceWarmup += span;
        lastTime = to;
    }

    @Override
    void start(int weeks) {
        level = 0;
        lastTime = 0;
        week = 0;
        nextWeekStart = Model.HOURS_PER_WEEK;
        weekArea = reuse(weekArea, weeks);
        weekSpan = reuse(weekSpan, weeks);
        weekAreaSoFar = 0;
        weekSpanSoFar = 0;
        areaSinceWarmup = 0;
        spanSinceWarmup = 0;
    }

    @Override
    void endWarmup(double now) {
        accumulate(now);
        areaSinceWarmup = 0;
        spanSinceWarmup = 0;
    }

    @Override
    double finish(double now) {
        accumulate(now);
        return spanSinceWarmup == 0 ? Double.NaN : areaSinceWarmup / spanSinceWarmup;
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
