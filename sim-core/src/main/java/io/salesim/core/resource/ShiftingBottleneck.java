package io.salesim.core.resource;

/**
 * Roser's shifting-bottleneck detection, by week. The bottleneck of a week is the resource
 * with the longest active period touching it. Ties are broken by a stated rule, never by the
 * order the resources are listed in: first more active hours that week, then higher
 * utilisation that week; resources still tied share the week equally. A week in which
 * nothing was active has no bottleneck.
 */
public final class ShiftingBottleneck {
    private ShiftingBottleneck() {
    }

    /**
     * @param longestHours [resource][week] longest active period touching the week (working hours)
     * @param activeHours  [resource][week] active working hours in the week
     * @param utilization  [resource][week] utilisation in the week (NaN: no capacity)
     * @return [resource][week] the resource's share of being that week's bottleneck: 1, 0, or
     *         1/k when k resources tie on every criterion
     */
    public static double[][] weeklyShares(double[][] longestHours, double[][] activeHours, double[][] utilization) {
        int resources = longestHours.length;
        int weeks = resources == 0 ? 0 : longestHours[0].length;
        double[][] shares = new double[resources][weeks];
        boolean[] tied = new boolean[resources];
        for (int w = 0; w < weeks; w++) {
            int best = -1;
            int ties = 0;
            for (int r = 0; r < resources; r++) {
                tied[r] = false;
                if (!(longestHours[r][w] > 0)) {
                    continue;
                }
                int c = best < 0 ? 1 : compare(r, best, w, longestHours, activeHours, utilization);
                if (c > 0) {
                    for (int k = 0; k < r; k++) {
                        tied[k] = false;
                    }
                    best = r;
                    ties = 1;
                    tied[r] = true;
                } else if (c == 0) {
                    ties++;
                    tied[r] = true;
                }
            }
            for (int r = 0; r < resources; r++) {
                if (tied[r]) {
                    shares[r][w] = 1.0 / ties;
                }
            }
        }
        return shares;
    }

    /** Positive when resource a is more of a bottleneck than b in week w, 0 when they tie on every criterion. */
    private static int compare(int a, int b, int w, double[][] longest, double[][] active, double[][] utilization) {
        int c = Double.compare(longest[a][w], longest[b][w]);
        if (c == 0) {
            c = Double.compare(active[a][w], active[b][w]);
        }
        if (c == 0) {
            c = Double.compare(finite(utilization[a][w]), finite(utilization[b][w]));
        }
        return c;
    }

    private static double finite(double value) {
        return Double.isNaN(value) ? -1 : value;
    }
}
