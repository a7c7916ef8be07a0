package io.salesim.core.analysis;

/**
 * Protective capacity against a target: a week is a shortfall week when utilisation exceeds
 * the highest utilisation the role should run at (i.e. protective capacity 1 − u falls below
 * 1 − target). Weeks without capacity (NaN) are not shortfalls.
 */
public final class ProtectiveCapacity {
    private ProtectiveCapacity() {
    }

    public static double[] protective(double[] weeklyUtilization) {
        double[] out = new double[weeklyUtilization.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = 1 - weeklyUtilization[w];
        }
        return out;
    }

    /** 0/1 per week, NaN where utilisation is undefined. */
    public static double[] shortfalls(double[] weeklyUtilization, double maxUtilization) {
        double[] out = new double[weeklyUtilization.length];
        for (int w = 0; w < out.length; w++) {
            double u = weeklyUtilization[w];
            out[w] = Double.isNaN(u) ? Double.NaN : (u > maxUtilization ? 1 : 0);
        }
        return out;
    }

    /** Number of shortfall weeks from week {@code fromWeek} on. */
    public static int count(double[] shortfalls, int fromWeek) {
        int n = 0;
        for (int w = fromWeek; w < shortfalls.length; w++) {
            if (shortfalls[w] == 1) {
                n++;
            }
        }
        return n;
    }
}
