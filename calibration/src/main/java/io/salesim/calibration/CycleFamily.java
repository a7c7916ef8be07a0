package io.salesim.calibration;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;

/**
 * The candidate distributions of days from engagement to close for deals that close, each on
 * two unconstrained parameters so an optimiser can roam freely. The distributions are built
 * for their densities and quantiles only (no generator: they are never sampled; draws invert
 * the CDF with a named stream).
 */
public enum CycleFamily {
    /** θ = (μ, log σ) of log days. */
    LOGNORMAL {
        @Override
        AbstractRealDistribution distribution(double[] theta) {
            return new LogNormalDistribution(null, theta[0], Math.exp(theta[1]));
        }

        @Override
        double[] start(double[] days) {
            double[] logs = Arrays.stream(days).map(Math::log).toArray();
            double mean = Arrays.stream(logs).average().orElse(0);
            double var = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).average().orElse(1);
            return new double[] {mean, 0.5 * Math.log(Math.max(var, 1e-4))};
        }

        @Override
        String describe(double[] theta) {
            return String.format(Locale.ROOT, "lognormal(mu=%.4g, sigma=%.4g)", theta[0], Math.exp(theta[1]));
        }
    },
    /** θ = (log shape, log scale). */
    GAMMA {
        @Override
        AbstractRealDistribution distribution(double[] theta) {
            return new GammaDistribution(null, Math.exp(theta[0]), Math.exp(theta[1]), 1e-9);
        }

        @Override
        double[] start(double[] days) {
            double mean = Arrays.stream(days).average().orElse(1);
            double var = Arrays.stream(days).map(x -> (x - mean) * (x - mean)).average().orElse(1);
            double shape = mean * mean / Math.max(var, 1e-6);
            return new double[] {Math.log(shape), Math.log(mean / shape)};
        }

        @Override
        String describe(double[] theta) {
            return String.format(Locale.ROOT, "gamma(shape=%.4g, scale=%.4g days)", Math.exp(theta[0]), Math.exp(theta[1]));
        }
    },
    /** θ = (log shape, log scale). */
    WEIBULL {
        @Override
        AbstractRealDistribution distribution(double[] theta) {
            return new WeibullDistribution(null, Math.exp(theta[0]), Math.exp(theta[1]), 1e-9);
        }

        @Override
        double[] start(double[] days) {
            double mean = Arrays.stream(days).average().orElse(1);
            return new double[] {Math.log(1.5), Math.log(mean * 1.1)};
        }

        @Override
        String describe(double[] theta) {
            return String.format(Locale.ROOT, "weibull(shape=%.4g, scale=%.4g days)", Math.exp(theta[0]), Math.exp(theta[1]));
        }
    },
    /** θ = (logit w, μ1, log σ1, μ2, log σ2): a fast and a slow lognormal ({@link LogNormalMixture}). */
    LOGNORMAL_MIXTURE {
        @Override
        AbstractRealDistribution distribution(double[] theta) {
            // the first component is the faster: ordered medians keep the two from swapping places
            double mu1 = Math.min(theta[1], theta[3]);
            double mu2 = Math.max(theta[1], theta[3]);
            double s1 = Math.exp(theta[1] <= theta[3] ? theta[2] : theta[4]);
            double s2 = Math.exp(theta[1] <= theta[3] ? theta[4] : theta[2]);
            double w = 1 / (1 + Math.exp(-theta[0]));
            return new LogNormalMixture(theta[1] <= theta[3] ? w : 1 - w, mu1, s1, mu2, s2);
        }

        @Override
        public int parameters() {
            return 5;
        }

        @Override
        double[] start(double[] days) {
            double[] sorted = days.clone();
            Arrays.sort(sorted);
            int half = sorted.length / 2;
            double[] fast = LOGNORMAL.start(Arrays.copyOfRange(sorted, 0, Math.max(1, half)));
            double[] slow = LOGNORMAL.start(Arrays.copyOfRange(sorted, Math.min(half, sorted.length - 1), sorted.length));
            return new double[] {0, fast[0], fast[1], slow[0], slow[1]};
        }

        @Override
        String describe(double[] theta) {
            double w = 1 / (1 + Math.exp(-theta[0]));
            boolean ordered = theta[1] <= theta[3];
            return String.format(Locale.ROOT, "lognormal mixture(%.3g x (mu=%.4g, sigma=%.4g) + %.3g x (mu=%.4g, sigma=%.4g))",
                    ordered ? w : 1 - w, Math.min(theta[1], theta[3]), Math.exp(ordered ? theta[2] : theta[4]),
                    ordered ? 1 - w : w, Math.max(theta[1], theta[3]), Math.exp(ordered ? theta[4] : theta[2]));
        }
    };

    abstract AbstractRealDistribution distribution(double[] theta);

    /** How many parameters θ has. */
    public int parameters() {
        return 2;
    }

    /** Starting values from the closed deals' days (moments). */
    abstract double[] start(double[] days);

    abstract String describe(double[] theta);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
