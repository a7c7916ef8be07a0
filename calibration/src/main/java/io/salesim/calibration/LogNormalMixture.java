package io.salesim.calibration;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;

/**
 * Two lognormal components, weight w on the first: deals that close fast (the same month)
 * and deals that go through a longer sale. Quantiles come from the parent's bracketing solver.
 */
final class LogNormalMixture extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;
    private final double weight;
    private final LogNormalDistribution fast;
    private final LogNormalDistribution slow;

    LogNormalMixture(double weight, double mu1, double sigma1, double mu2, double sigma2) {
        super(null); // densities and quantiles only: never sampled
        this.weight = weight;
        this.fast = new LogNormalDistribution(null, mu1, sigma1);
        this.slow = new LogNormalDistribution(null, mu2, sigma2);
    }

    @Override
    public double density(double x) {
        return weight * fast.density(x) + (1 - weight) * slow.density(x);
    }

    @Override
    public double cumulativeProbability(double x) {
        return weight * fast.cumulativeProbability(x) + (1 - weight) * slow.cumulativeProbability(x);
    }

    @Override
    public double getNumericalMean() {
        return weight * fast.getNumericalMean() + (1 - weight) * slow.getNumericalMean();
    }

    @Override
    public double getNumericalVariance() {
        double m = getNumericalMean();
        double second = weight * (fast.getNumericalVariance() + sq(fast.getNumericalMean()))
                + (1 - weight) * (slow.getNumericalVariance() + sq(slow.getNumericalMean()));
        return second - m * m;
    }

    private static double sq(double x) {
        return x * x;
    }

    @Override
    public double getSupportLowerBound() {
        return 0;
    }

    @Override
    public double getSupportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportUpperBoundInclusive() {
        return false;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
