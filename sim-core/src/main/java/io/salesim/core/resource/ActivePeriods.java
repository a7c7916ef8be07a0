package io.salesim.core.resource;

import io.salesim.core.engine.WorkCalendar;

/**
 * The active periods of one resource for Roser's shifting-bottleneck detection: a resource is
 * active while all its servers are busy or work waits for it. For each week it keeps the
 * longest active period touching that week (in working hours; a period spanning weeks counts
 * whole in each, as Roser's momentary bottleneck does) and the active working hours inside
 * the week. Memory is one pair of numbers a week.
 */
public final class ActivePeriods {
    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;
    private final WorkCalendar calendar;
    private double[] longestHours = new double[0];
    private double[] activeHours = new double[0];
    private boolean active;
    private double since;

    public ActivePeriods(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public void reset(int weeks) {
        longestHours = new double[weeks];
        activeHours = new double[weeks];
        active = false;
        since = 0;
    }

    /** Reports the state now; only changes matter. */
    public void update(boolean nowActive, double now) {
        if (nowActive == active) {
            return;
        }
        if (nowActive) {
            since = now;
        } else {
            close(now);
        }
        active = nowActive;
    }

    /** Closes an open period at the horizon (the state stays as it was). */
    public void finish(double now) {
        if (active) {
            close(now);
            since = now;
        }
    }

    private void close(double end) {
        int weeks = longestHours.length;
        if (weeks == 0 || end <= since) {
            return;
        }
        double duration = calendar.workingHoursBetween(since, end);
        int first = Math.min((int) (since / HOURS_PER_WEEK), weeks - 1);
        int last = Math.min((int) (end / HOURS_PER_WEEK), weeks - 1);
        for (int w = first; w <= last; w++) {
            double from = Math.max(since, w * HOURS_PER_WEEK);
            double to = w == weeks - 1 ? end : Math.min(end, (w + 1) * HOURS_PER_WEEK);
            activeHours[w] += calendar.workingHoursBetween(from, to);
            longestHours[w] = Math.max(longestHours[w], duration);
        }
    }

    public double[] longestHours() {
        return longestHours.clone();
    }

    public double[] activeHours() {
        return activeHours.clone();
    }
}
