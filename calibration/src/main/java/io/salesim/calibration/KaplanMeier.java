package io.salesim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kaplan–Meier estimate of the share of deals still open t days after engagement, open
 * deals right-censored, with Greenwood's pointwise 95% band: the empirical curve the fitted
 * model is judged against.
 */
public record KaplanMeier(List<Step> steps) {
    /** The curve just after {@code days}: the survival, its band, and how many were at risk. */
    public record Step(double days, double survival, double low, double high, int atRisk, int events) {
    }

    /** @param days time in pipeline; @param closed whether it ended in a close (else censored) */
    public static KaplanMeier of(double[] days, boolean[] closed) {
        Integer[] order = new Integer[days.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(days[a], days[b]));
        List<Step> steps = new ArrayList<>();
        double survival = 1;
        double greenwood = 0;
        int atRisk = days.length;
        int i = 0;
        while (i < order.length) {
            double t = days[order[i]];
            int events = 0;
            int leaving = 0;
            while (i < order.length && days[order[i]] == t) {
                events += closed[order[i]] ? 1 : 0;
                leaving++;
                i++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwood += atRisk > events ? (double) events / ((double) atRisk * (atRisk - events)) : 0;
                double half = Intervals.Z95 * survival * Math.sqrt(greenwood);
                steps.add(new Step(t, survival, Math.max(0, survival - half), Math.min(1, survival + half), atRisk, events));
            }
            atRisk -= leaving;
        }
        return new KaplanMeier(List.copyOf(steps));
    }
}
