package io.salesim.core.diagnostics;

import io.salesim.core.engine.Model;

/**
 * The part of a run in which its inputs do not change, so a steady state can be looked for:
 * from the start to {@code untilHours} (the horizon, or the first step of a plan), of which the
 * first {@code warmupHours} are the warm-up. Weekly series are judged on whole weeks.
 * {@code atHorizon} is false when the window ends at a planned change: a short window is then the
 * plan's design, not a run too short. {@code period} is what a week of model time is called in
 * messages: {@code week}, or {@code round} in the dice game, where a round is a week.
 */
public record Window(double warmupHours, double untilHours, boolean atHorizon, String period) {
    public Window {
        if (!(warmupHours >= 0 && untilHours > 0)) {
            throw new IllegalArgumentException("need warm-up >= 0 and an end > 0, was " + warmupHours + " and " + untilHours);
        }
    }

    public Window(double warmupHours, double untilHours, boolean atHorizon) {
        this(warmupHours, untilHours, atHorizon, "week");
    }

    /** The first week that starts at or after the end of the warm-up. */
    public int firstWeek() {
        return (int) Math.ceil(warmupHours / Model.HOURS_PER_WEEK - 1e-9);
    }

    /** One past the last week that ends by {@code untilHours} (a partial last week counts when it is the horizon's). */
    public int endWeek(int seriesWeeks) {
        return Math.min(seriesWeeks, (int) Math.ceil(untilHours / Model.HOURS_PER_WEEK - 1e-9));
    }

    public double weeksAfterWarmup() {
        return Math.max(0, (untilHours - warmupHours) / Model.HOURS_PER_WEEK);
    }
}
