package io.salesim.core.random;

import java.util.Arrays;

/**
 * Non-homogeneous Poisson arrivals whose rate is constant between breakpoints: rate
 * {@code ratesPerHour[i]} from {@code startHours[i]} until the next breakpoint. Either the
 * last rate holds for ever, or the pattern repeats every 168-hour week. The next arrival is
 * found by inverting the cumulative rate Λ(t) at Λ(now) + E, E ~ exponential(1): exact, and
 * one draw per arrival (no thinning), so arrival streams stay aligned across scenarios.
 */
public final class PiecewiseRate {
    public static final double HOURS_PER_WEEK = 168.0;

    private final double[] startHours;
    private final double[] ratesPerHour;
    private final boolean weekly;
    /** Λ at each breakpoint, within one period. */
    private final double[] cumulativeAtStart;
    private final double perWeek;

    private PiecewiseRate(double[] startHours, double[] ratesPerHour, boolean weekly) {
        require(startHours.length > 0, "need at least one breakpoint");
        require(startHours.length == ratesPerHour.length, "breakpoints and rates differ in length ("
                + startHours.length + " vs " + ratesPerHour.length + ")");
        require(startHours[0] == 0, "the first breakpoint must be at 0 h, was " + startHours[0]);
        boolean anyPositive = false;
        for (int i = 0; i < startHours.length; i++) {
            require(Double.isFinite(startHours[i]), "breakpoint " + i + " must be finite, was " + startHours[i]);
            if (i > 0) {
                require(startHours[i] > startHours[i - 1], "breakpoints must increase, but " + startHours[i]
                        + " h follows " + startHours[i - 1] + " h");
            }
            require(Double.isFinite(ratesPerHour[i]) && ratesPerHour[i] >= 0,
                    "rate " + i + " must be a finite rate >= 0 per hour, was " + ratesPerHour[i]);
            anyPositive |= ratesPerHour[i] > 0;
        }
        require(anyPositive, "at least one rate must be positive, or nothing ever arrives");
        require(!weekly || startHours[startHours.length - 1] < HOURS_PER_WEEK,
                "a weekly pattern needs breakpoints below 168 h, last was " + startHours[startHours.length - 1]);
        this.startHours = startHours.clone();
        this.ratesPerHour = ratesPerHour.clone();
        this.weekly = weekly;
        this.cumulativeAtStart = new double[startHours.length];
        for (int i = 1; i < startHours.length; i++) {
            cumulativeAtStart[i] = cumulativeAtStart[i - 1] + ratesPerHour[i - 1] * (startHours[i] - startHours[i - 1]);
        }
        int last = startHours.length - 1;
        this.perWeek = weekly ? cumulativeAtStart[last] + ratesPerHour[last] * (HOURS_PER_WEEK - startHours[last]) : Double.NaN;
    }

    /** Rates from each breakpoint on; the last rate holds for ever. */
    public static PiecewiseRate of(double[] startHours, double[] ratesPerHour) {
        return new PiecewiseRate(startHours, ratesPerHour, false);
    }

    /** Rates from each breakpoint (hours into the week, below 168) to the next; the week repeats. */
    public static PiecewiseRate weekly(double[] startHours, double[] ratesPerHour) {
        return new PiecewiseRate(startHours, ratesPerHour, true);
    }

    public double[] startHours() {
        return startHours.clone();
    }

    public double[] ratesPerHour() {
        return ratesPerHour.clone();
    }

    /** The rate in force at {@code timeHours}. */
    public double rateAt(double timeHours) {
        return ratesPerHour[segment(weekly ? positionInWeek(timeHours) : timeHours)];
    }

    /** Expected arrivals per week of a weekly pattern (NaN for a non-repeating one). */
    public double expectedPerWeek() {
        return perWeek;
    }

    /** Λ(t): expected number of arrivals in [0, t). */
    public double cumulative(double timeHours) {
        if (timeHours <= 0) {
            return 0;
        }
        if (!weekly) {
            return withinPeriod(timeHours);
        }
        double weeks = Math.floor(timeHours / HOURS_PER_WEEK);
        return weeks * perWeek + withinPeriod(timeHours - weeks * HOURS_PER_WEEK);
    }

    /**
     * The time of the next arrival after {@code nowHours}, drawing one exponential(1) from the
     * stream; {@code +Infinity} when the rate has dropped to zero for good.
     */
    public double nextArrivalHours(double nowHours, RandomStream stream) {
        double target = cumulative(nowHours) - Math.log(stream.nextOpenDouble());
        return Math.max(nowHours, inverse(target));
    }

    /** The earliest time t with Λ(t) = {@code expectedArrivals}. */
    public double inverse(double expectedArrivals) {
        if (expectedArrivals <= 0) {
            return 0;
        }
        if (!weekly) {
            return inverseWithinPeriod(expectedArrivals);
        }
        double weeks = Math.floor(expectedArrivals / perWeek);
        double rest = expectedArrivals - weeks * perWeek;
        if (rest <= 0) {
            // exactly a whole number of weeks: the earliest time is inside the previous week
            weeks--;
            rest = perWeek;
        }
        return weeks * HOURS_PER_WEEK + inverseWithinPeriod(rest);
    }

    private double withinPeriod(double timeHours) {
        int i = segment(timeHours);
        return cumulativeAtStart[i] + ratesPerHour[i] * (timeHours - startHours[i]);
    }

    private double inverseWithinPeriod(double expectedArrivals) {
        // the last segment with positive rate whose start lies below the target
        int found = -1;
        for (int i = 0; i < startHours.length && cumulativeAtStart[i] < expectedArrivals; i++) {
            if (ratesPerHour[i] > 0) {
                found = i;
            }
        }
        if (found < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double time = startHours[found] + (expectedArrivals - cumulativeAtStart[found]) / ratesPerHour[found];
        boolean lastSegment = found == startHours.length - 1;
        if (!lastSegment && time > startHours[found + 1]) {
            double overshoot = expectedArrivals - cumulativeAtStart[found + 1];
            if (!weekly && overshoot > 1e-9 * Math.max(1, expectedArrivals)) {
                return Double.POSITIVE_INFINITY; // every later rate is zero: no more arrivals
            }
            return startHours[found + 1]; // past the segment's end only by rounding
        }
        return weekly ? Math.min(time, HOURS_PER_WEEK) : time;
    }

    private double positionInWeek(double timeHours) {
        double position = timeHours - Math.floor(timeHours / HOURS_PER_WEEK) * HOURS_PER_WEEK;
        return position >= HOURS_PER_WEEK ? 0 : position;
    }

    private int segment(double timeHours) {
        int index = Arrays.binarySearch(startHours, timeHours);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return (weekly ? "PiecewiseRate.weekly" : "PiecewiseRate.of") + "(start hours " + Arrays.toString(startHours)
                + ", rates per hour " + Arrays.toString(ratesPerHour) + ")";
    }
}
