package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.List;

/**
 * Head count with its productivity: the role's base productivity, an improvement that ramps
 * linearly to a target, and cohorts of newcomers who ramp from a start productivity to full
 * over their training weeks. {@link #productivity(double)} is the head-count-weighted mean.
 */
final class Staffing {
    private static final double HOURS_PER_WEEK = 168.0;
    private final List<double[]> cohorts = new ArrayList<>(); // {count, startHours, rampHours, startProductivity}
    private double base;
    private int headcount;
    private double improveFrom;
    private double improveTo;
    private double improveStart;
    private double improveEnd;

    void reset(int initialHeadcount, double baseProductivity) {
        cohorts.clear();
        headcount = initialHeadcount;
        base = baseProductivity;
        improveFrom = 1;
        improveTo = 1;
        improveStart = 0;
        improveEnd = 0;
    }

    int headcount() {
        return headcount;
    }

    void hire(int count, double now, double rampWeeks, double startProductivity) {
        headcount += count;
        if (rampWeeks > 0) {
            cohorts.add(new double[] {count, now, rampWeeks * HOURS_PER_WEEK, startProductivity});
        }
    }

    /** Removes people, newest first; returns how many actually left. */
    int remove(int count) {
        int leaving = Math.min(count, headcount);
        headcount -= leaving;
        int toDrop = leaving;
        for (int i = cohorts.size() - 1; i >= 0 && toDrop > 0; i--) {
            double[] c = cohorts.get(i);
            int drop = (int) Math.min(c[0], toDrop);
            c[0] -= drop;
            toDrop -= drop;
            if (c[0] <= 0) {
                cohorts.remove(i);
            }
        }
        return leaving;
    }

    void improve(double factor, double now, double rampWeeks) {
        double current = improvement(now);
        improveFrom = current;
        improveTo = current * factor;
        improveStart = now;
        improveEnd = now + rampWeeks * HOURS_PER_WEEK;
    }

    double improvement(double now) {
        if (now >= improveEnd) {
            return improveTo;
        }
        double f = (now - improveStart) / (improveEnd - improveStart);
        return improveFrom + (improveTo - improveFrom) * f;
    }

    /** Mean productivity of the current head count (1 = nominal). */
    double productivity(double now) {
        if (headcount == 0) {
            return base * improvement(now);
        }
        double shortfall = 0;
        for (double[] c : cohorts) {
            double f = Math.min(1, (now - c[1]) / c[2]);
            double p = c[3] + (1 - c[3]) * Math.max(0, f);
            shortfall += c[0] * (1 - p);
        }
        return base * improvement(now) * (1 - shortfall / headcount);
    }
}
