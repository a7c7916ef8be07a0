package io.salesim.core.random;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * A distribution as data (what a scenario file says), validated on construction. Binding it
 * to a stream gives a {@link Sampler}; the sampling is commons-math3's except for the exponential,
 * the engine's hot path, which is drawn by inversion.
 *
 * <p>Parameters are checked for what the samplers can draw, not only for what the formulas
 * allow: every parameter is at most {@link #MAX_MAGNITUDE} in size, so sums and products of
 * draws stay finite; log-normal and gamma need a coefficient of variation (sd / mean) in
 * [{@link #MIN_CV}, {@link #MAX_CV}] (gamma's shape is 1/cv², lognormal's σ² is ln(1 + cv²):
 * outside it the sampler fails or draws infinities); a Poisson mean is at most
 * {@link #MAX_POISSON_MEAN} (commons-math3's sampler takes time proportional to the mean).
 * A refused parameter is an {@code IllegalArgumentException("<key>: found <x>; allowed <y>")}.
 */
public sealed interface DistributionSpec {
    /** The largest parameter, in size: 10¹² hours is a hundred million years. */
    double MAX_MAGNITUDE = 1e12;
    double MIN_CV = 1e-12;
    double MAX_CV = 100;
    /** A draw costs about 12 ms at this mean (and grows with it); a larger count is better drawn from a normal. */
    double MAX_POISSON_MEAN = 1e6;

    Sampler sampler(RandomStream stream);

    double mean();

    record Constant(double value) implements DistributionSpec {
        public Constant {
            requireBounded("value", value);
        }

        public Sampler sampler(RandomStream stream) {
            return real(new ConstantRealDistribution(value));
        }

        public double mean() {
            return value;
        }
    }

    record Exponential(double mean) implements DistributionSpec {
        public Exponential {
            requirePositive("mean", mean);
        }

        /** Inversion, −mean·ln(1 − U): one uniform a draw, where commons-math3's sampler takes ~1.5 and branches. */
        public Sampler sampler(RandomStream stream) {
            double meanValue = mean;
            return new Sampler() {
                public double sample() {
                    return -meanValue * Math.log(1.0 - stream.nextDouble());
                }

                public double mean() {
                    return meanValue;
                }
            };
        }
    }

    record Uniform(double min, double max) implements DistributionSpec {
        public Uniform {
            requireBounded("min", min);
            requireBounded("max", max);
            require(min < max, "min must be below max (min " + min + ", max " + max + ")");
        }

        public Sampler sampler(RandomStream stream) {
            return real(new UniformRealDistribution(stream, min, max));
        }

        public double mean() {
            return (min + max) / 2;
        }
    }

    record Triangular(double min, double mode, double max) implements DistributionSpec {
        public Triangular {
            requireBounded("min", min);
            requireBounded("mode", mode);
            requireBounded("max", max);
            require(min <= mode && mode <= max && min < max, "need min <= mode <= max and min < max (min " + min + ", mode " + mode + ", max " + max + ")");
        }

        public Sampler sampler(RandomStream stream) {
            return real(new TriangularDistribution(stream, min, mode, max));
        }

        public double mean() {
            return (min + mode + max) / 3;
        }
    }

    /** Log-normal given by the mean and standard deviation of the variable itself. */
    record LogNormal(double mean, double sd) implements DistributionSpec {
        public LogNormal {
            requirePositive("mean", mean);
            requireCoefficientOfVariation(mean, sd);
        }

        public Sampler sampler(RandomStream stream) {
            double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            return real(new LogNormalDistribution(stream, mu, Math.sqrt(sigma2)));
        }
    }

    /** Gamma given by mean and standard deviation: shape (m/s)², scale s²/m. */
    record Gamma(double mean, double sd) implements DistributionSpec {
        public Gamma {
            requirePositive("mean", mean);
            requireCoefficientOfVariation(mean, sd);
        }

        public Sampler sampler(RandomStream stream) {
            double shape = (mean / sd) * (mean / sd);
            return real(new GammaDistribution(stream, shape, sd * sd / mean));
        }
    }

    /**
     * Normal truncated to [min, max] (either bound optional, NaN for none), sampled by
     * inversion so that a far tail never loops. {@link #mean()} is the untruncated mean; the
     * sampler's {@link Sampler#mean()} is the truncated one.
     */
    record Normal(double mean, double sd, double min, double max) implements DistributionSpec {
        public Normal {
            requireBounded("mean", mean);
            requirePositive("sd", sd);
            if (!Double.isNaN(min)) {
                requireBounded("min", min);
            }
            if (!Double.isNaN(max)) {
                requireBounded("max", max);
            }
            require(Double.isNaN(min) || Double.isNaN(max) || min < max, "min must be below max");
            NormalDistribution shape = new NormalDistribution(null, mean, sd);
            double low = Double.isNaN(min) ? 0 : shape.cumulativeProbability(min);
            double high = Double.isNaN(max) ? 1 : shape.cumulativeProbability(max);
            require(high - low > 1e-12, "the range [min, max] holds no probability for this mean and sd");
        }

        public Sampler sampler(RandomStream stream) {
            NormalDistribution normal = new NormalDistribution(stream, mean, sd);
            if (Double.isNaN(min) && Double.isNaN(max)) {
                return real(normal);
            }
            double low = Double.isNaN(min) ? 0 : normal.cumulativeProbability(min);
            double high = Double.isNaN(max) ? 1 : normal.cumulativeProbability(max);
            double lo = Double.isNaN(min) ? Double.NEGATIVE_INFINITY : min;
            double hi = Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
            // mean of the truncated normal: μ + σ² (f(min) − f(max)) / (F(max) − F(min)), f the density
            double densityLow = Double.isNaN(min) ? 0 : normal.density(min);
            double densityHigh = Double.isNaN(max) ? 0 : normal.density(max);
            double truncatedMean = mean + sd * sd * (densityLow - densityHigh) / (high - low);
            return new Sampler() {
                public double sample() {
                    double x = normal.inverseCumulativeProbability(low + (high - low) * stream.nextOpenDouble());
                    return Math.min(hi, Math.max(lo, x));
                }

                public double mean() {
                    return truncatedMean;
                }
            };
        }
    }

    record DiscreteUniform(int min, int max) implements DistributionSpec {
        public DiscreteUniform {
            require(min <= max, "min must not exceed max (min " + min + ", max " + max + ")");
        }

        public Sampler sampler(RandomStream stream) {
            return integer(new UniformIntegerDistribution(stream, min, max));
        }

        public double mean() {
            return (min + (double) max) / 2;
        }
    }

    /** 1 with probability p, else 0. */
    record Bernoulli(double p) implements DistributionSpec {
        public Bernoulli {
            requireProbability("p", p);
        }

        public Sampler sampler(RandomStream stream) {
            return integer(new BinomialDistribution(stream, 1, p));
        }

        public double mean() {
            return p;
        }
    }

    record Poisson(double mean) implements DistributionSpec {
        public Poisson {
            require(mean > 0 && mean <= MAX_POISSON_MEAN, "mean: found " + mean + "; allowed a number > 0 and at most "
                    + number(MAX_POISSON_MEAN) + " (a Poisson draw takes time proportional to its mean; "
                    + "draw a large count from a normal with min: 0)");
        }

        public Sampler sampler(RandomStream stream) {
            return integer(new PoissonDistribution(stream, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS));
        }
    }

    /** A discrete empirical distribution: these values with these probabilities (summing to 1). */
    record Empirical(double[] values, double[] probabilities) implements DistributionSpec {
        public Empirical {
            require(values.length > 0, "values must not be empty");
            require(values.length == probabilities.length, "values and probabilities must have the same length ("
                    + values.length + " vs " + probabilities.length + ")");
            for (double value : values) {
                require(Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE, "values: found " + value
                        + "; allowed numbers from -" + number(MAX_MAGNITUDE) + " to " + number(MAX_MAGNITUDE));
            }
            double total = 0;
            for (double p : probabilities) {
                requireProbability("each probability", p);
                total += p;
            }
            require(Math.abs(total - 1) < 1e-6, "probabilities must sum to 1, they sum to " + total);
            values = values.clone();
            probabilities = probabilities.clone();
        }

        public Sampler sampler(RandomStream stream) {
            return real(new EnumeratedRealDistribution(stream, values, probabilities));
        }

        public double mean() {
            double m = 0;
            for (int i = 0; i < values.length; i++) {
                m += values[i] * probabilities[i];
            }
            return m;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(probabilities, e.probabilities);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
        }

        @Override
        public String toString() {
            return "Empirical[values=" + Arrays.toString(values) + ", probabilities=" + Arrays.toString(probabilities) + "]";
        }
    }

    private static Sampler real(RealDistribution distribution) {
        double mean = distribution.getNumericalMean();
        return new Sampler() {
            public double sample() {
                return distribution.sample();
            }

            public double mean() {
                return mean;
            }
        };
    }

    private static Sampler integer(IntegerDistribution distribution) {
        double mean = distribution.getNumericalMean();
        return new Sampler() {
            public double sample() {
                return distribution.sample();
            }

            public double mean() {
                return mean;
            }
        };
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void requireBounded(String key, double value) {
        require(Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE, key + ": found " + value
                + "; allowed a number from -" + number(MAX_MAGNITUDE) + " to " + number(MAX_MAGNITUDE));
    }

    private static void requirePositive(String key, double value) {
        require(value > 0 && value <= MAX_MAGNITUDE, key + ": found " + value + "; allowed a number > 0 and at most "
                + number(MAX_MAGNITUDE));
    }

    /** sd / mean within [MIN_CV, MAX_CV]: the gamma shape and the log-normal σ the samplers can use. */
    private static void requireCoefficientOfVariation(double mean, double sd) {
        double cv = sd / mean;
        require(cv >= MIN_CV && cv <= MAX_CV, "sd: found " + sd + "; allowed an sd of " + number(MIN_CV) + " to "
                + number(MAX_CV) + " times the mean (" + mean + "): a coefficient of variation sd / mean in ["
                + number(MIN_CV) + ", " + number(MAX_CV) + "]");
    }

    /** 1e12, 100, 1e-06: short forms for the limits in messages. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e7 ? Long.toString((long) value)
                : String.valueOf(value).replace(".0E", "e").replace("E", "e");
    }

    private static void requireProbability(String what, double value) {
        require(value >= 0 && value <= 1, what + " must be a probability in [0, 1], was " + value);
    }
}
