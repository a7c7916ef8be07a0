package io.salesim.core.analysis;

/**
 * Roser's shifting-bottleneck detection, by week: the bottleneck of a week is the resource
 * with the longest active period touching it; ties (and weeks where periods are equally
 * long) go to the one with more active hours that week. A week in which nothing was active
 * has no bottleneck.
 */
public final class ShiftingBottleneck {
    private ShiftingBottleneck() {
    }

    /**
     * @param longestHours [resource][week] longest active period touching the week
     * @param activeHours  [resource][week] active working hours in the week
     * @return for each week the index of the bottleneck resource, or -1
     */
    public static int[] weekly(double[][] longestHours, double[][] activeHours) {
        if (longestHours.length == 0) {
            return new int[0];
        }
        int weeks = longestHours[0].length;
        int[] out = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            int best = -1;
            for (int r = 0; r < longestHours.length; r++) {
                if (longestHours[r][w] <= 0) {
                    continue;
                }
                if (best < 0 || longestHours[r][w] > longestHours[best][w]
                        || (longestHours[r][w] == longestHours[best][w] && activeHours[r][w] > activeHours[best][w])) {
                    best = r;
                }
            }
            out[w] = best;
        }
        return out;
    }

    /** 0/1 series for one resource: 1 in the weeks it was the bottleneck. */
    public static double[] indicator(int[] bottleneckByWeek, int resource) {
        double[] out = new double[bottleneckByWeek.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = bottleneckByWeek[w] == resource ? 1 : 0;
        }
        return out;
    }
}
