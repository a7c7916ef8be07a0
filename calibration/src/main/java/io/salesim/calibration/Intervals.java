package io.salesim.calibration;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/** 95% intervals for the counts a CRM export gives: proportions (Wilson) and Poisson rates (exact). */
public final class Intervals {
    /** The 97.5% standard normal quantile. */
    public static final double Z95 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

    private Intervals() {
    }

    /** k successes in n trials: Wilson's score interval, which keeps its coverage near 0 and 1 and for small n. */
    public static Estimate wilson(int k, int n) {
        if (n == 0) {
            return new Estimate(Double.NaN, 0, 1, 0);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Estimate(p, Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half)), n);
    }

    /**
     * k events over an exposure: the rate k/exposure with the exact (Garwood) interval from the
     * chi-squared quantiles, χ²(0.025; 2k)/2 to χ²(0.975; 2k+2)/2 events.
     */
    public static Estimate poissonRate(int k, double exposure) {
        double low = k == 0 ? 0 : new ChiSquaredDistribution(null, 2.0 * k).inverseCumulativeProbability(0.025) / 2;
        double high = new ChiSquaredDistribution(null, 2.0 * k + 2).inverseCumulativeProbability(0.975) / 2;
        return new Estimate(k / exposure, low / exposure, high / exposure, k);
    }
}
