package io.salesim.core.stats;

/**
 * Time-average of a level (queue length, busy servers) in O(1) memory. The caller passes
 * the clock; an optional weight function counts only some of the elapsed time (working hours).
 */
public final class TimeWeighted {
    private double level;
    private double lastTime;
    private double startTime;
    private double area;
    private double weightedSpan;
    private double max;
    private final ElapsedWeight weight;

    /** How much of the interval [from, to) counts, e.g. only its working hours. */
    @FunctionalInterface
    public interface ElapsedWeight {
        double between(double from, double to);
    }

    public TimeWeighted() {
        this(null);
    }

    public TimeWeighted(ElapsedWeight weight) {
        this.weight = weight;
    }

    /** Starts afresh at {@code now} with the given level (start of a replication). */
    public void reset(double now, double initialLevel) {
        level = initialLevel;
        max = initialLevel;
        restart(now);
    }

    /** Forgets the accumulated area but keeps the current level (end of warm-up). */
    public void restart(double now) {
        lastTime = now;
        startTime = now;
        area = 0;
        weightedSpan = 0;
        max = level;
    }

    public void set(double newLevel, double now) {
        advance(now);
        level = newLevel;
        if (newLevel > max) {
            max = newLevel;
        }
    }

    public void add(double delta, double now) {
        set(level + delta, now);
    }

    /** Accumulates the area up to {@code now} without changing the level. */
    public void advance(double now) {
        double span = weight == null ? now - lastTime : weight.between(lastTime, now);
        area += level * span;
        weightedSpan += span;
        lastTime = now;
    }

    public double level() {
        return level;
    }

    public double max() {
        return max;
    }

    /** Area under the level since the last restart, up to the last update. */
    public double area() {
        return area;
    }

    /** The time that counted since the last restart (all of it, or only the weighted part). */
    public double span() {
        return weightedSpan;
    }

    /** Time-average level up to {@code now}; NaN if no time has counted. */
    public double mean(double now) {
        advance(now);
        return weightedSpan == 0 ? Double.NaN : area / weightedSpan;
    }

    public double startTime() {
        return startTime;
    }
}
