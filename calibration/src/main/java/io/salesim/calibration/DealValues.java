package io.salesim.calibration;

import io.salesim.core.random.RandomStream;
import io.salesim.core.stats.Summary;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * The won values of one group of deals (a product): normal and lognormal fitted by maximum
 * likelihood, the better kept by the Kolmogorov–Smirnov distance, with the KS test's p-value
 * (conservative: the parameters come from the same data, Lilliefors' caveat; and values
 * recorded as whole amounts tie) and the mean with its t interval.
 */
public record DealValues(String group, double[] values, String family, double location, double scale, double ksDistance,
                         double ksPValue, Estimate mean) {
    static DealValues of(String group, List<Deal> won) {
        double[] values = won.stream().mapToDouble(Deal::valueWon).sorted().toArray();
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(0);
        double sd = n > 1 ? Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (n - 1)) : 0;
        double half = n > 1 ? Summary.halfWidth(sd, n, Summary.DEFAULT_CONFIDENCE) : 0;
        Estimate meanEstimate = new Estimate(mean, mean - half, mean + half, n);
        if (n < 3 || sd == 0) {
            return new DealValues(group, values, "constant", mean, 0, Double.NaN, Double.NaN, meanEstimate);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(new RandomStream("calibration.ks")); // exact p-values need no draws
        NormalDistribution normal = new NormalDistribution(null, mean, sd * Math.sqrt((n - 1.0) / n));
        double dNormal = ks.kolmogorovSmirnovStatistic(normal, values);
        boolean positive = values[0] > 0;
        if (positive) {
            double[] logs = Arrays.stream(values).map(Math::log).toArray();
            double mu = Arrays.stream(logs).average().orElse(0);
            double sigma = Math.sqrt(Arrays.stream(logs).map(v -> (v - mu) * (v - mu)).sum() / n);
            if (sigma > 0) {
                LogNormalDistribution lognormal = new LogNormalDistribution(null, mu, sigma);
                double dLog = ks.kolmogorovSmirnovStatistic(lognormal, values);
                if (dLog < dNormal) {
                    return new DealValues(group, values, "lognormal", mu, sigma, dLog, ks.kolmogorovSmirnovTest(lognormal, values),
                            meanEstimate);
                }
            }
        }
        return new DealValues(group, values, "normal", normal.getMean(), normal.getStandardDeviation(), dNormal,
                ks.kolmogorovSmirnovTest(normal, values), meanEstimate);
    }

    /** The fitted distribution (for quantiles and draws by inversion), or null when the values are constant. */
    public AbstractRealDistribution distribution() {
        return switch (family) {
            case "normal" -> new NormalDistribution(null, location, scale);
            case "lognormal" -> new LogNormalDistribution(null, location, scale);
            default -> null;
        };
    }

    /** A value drawn by inverting the fitted CDF at u (never below 0), or the mean when constant. */
    public double quantile(double u) {
        AbstractRealDistribution d = distribution();
        return d == null ? mean.value() : Math.max(0, d.inverseCumulativeProbability(u));
    }
}
