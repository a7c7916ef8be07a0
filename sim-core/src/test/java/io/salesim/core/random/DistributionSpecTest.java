package io.salesim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.stats.Summary;
import io.salesim.core.stats.Tally;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionSpecTest {
    private static final int DRAWS = 20_000;

    static List<DistributionSpec> specs() {
        return List.of(
                new DistributionSpec.Constant(2.5),
                new DistributionSpec.Exponential(3),
                new DistributionSpec.Uniform(-1, 5),
                new DistributionSpec.Triangular(1, 2, 6),
                new DistributionSpec.LogNormal(4, 3),
                new DistributionSpec.Gamma(2, 0.5),
                new DistributionSpec.Normal(10, 2, Double.NaN, Double.NaN),
                new DistributionSpec.Normal(1, 0.8, 0, Double.NaN),
                new DistributionSpec.Normal(10, 5, 8, 9),
                new DistributionSpec.DiscreteUniform(2, 7),
                new DistributionSpec.Bernoulli(0.3),
                new DistributionSpec.Poisson(4.2),
                new DistributionSpec.Empirical(new double[] {1, 2, 10}, new double[] {0.5, 0.3, 0.2}));
    }

    static Stream<DistributionSpec> specStream() {
        return specs().stream();
    }

    /**
     * The sample mean's CI covers the sampler's mean. The {@value #DRAWS} draws are independent,
     * so the t-interval is exact enough; the {@code specs().size()} checks share a 95% level
     * (Bonferroni), so a correct sampler fails one of them at most 5% of the time.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specStream")
    void sampleMeanMatchesTheMean(DistributionSpec spec) {
        RandomStream stream = new RandomStream("dist." + spec.getClass().getSimpleName());
        stream.reseed(2026, 0);
        Sampler sampler = spec.sampler(stream);
        Tally tally = new Tally();
        for (int i = 0; i < DRAWS; i++) {
            tally.record(sampler.sample());
        }
        if (tally.variance() == 0) {
            assertEquals(spec.mean(), tally.mean(), 1e-12, "a constant draws its value");
            return;
        }
        double confidence = 1 - 0.05 / specs().size();
        double halfWidth = Summary.halfWidth(tally.stdev(), tally.count(), confidence);
        assertEquals(sampler.mean(), tally.mean(), halfWidth, spec + ": sample mean outside the interval");
        if (!(spec instanceof DistributionSpec.Normal n) || (Double.isNaN(n.min()) && Double.isNaN(n.max()))) {
            assertEquals(spec.mean(), sampler.mean(), 1e-9 * Math.max(1, Math.abs(spec.mean())));
        }
    }

    @Test
    void truncatedNormalStaysInRangeAndReportsItsOwnMean() {
        RandomStream stream = new RandomStream("truncated");
        DistributionSpec.Normal narrow = new DistributionSpec.Normal(10, 5, 8, 9);
        DistributionSpec.Normal farTail = new DistributionSpec.Normal(0, 1, 6, Double.NaN);
        Sampler inRange = narrow.sampler(stream);
        Sampler tail = farTail.sampler(stream);
        for (int i = 0; i < 10_000; i++) {
            double x = inRange.sample();
            assertTrue(x >= 8 && x <= 9, "outside [8, 9]: " + x);
            assertTrue(tail.sample() >= 6, "a far tail must not loop or escape");
        }
        // N(1, 0.8²) truncated below at 0: μ + σ φ(α) / (1 − Φ(α)), α = −1.25
        NormalDistribution standard = new NormalDistribution();
        double alpha = -1.25;
        double expected = 1 + 0.8 * standard.density(alpha) / (1 - standard.cumulativeProbability(alpha));
        assertEquals(expected, new DistributionSpec.Normal(1, 0.8, 0, Double.NaN).sampler(stream).mean(), 1e-9);
        // the spec's own mean stays the untruncated one, as documented
        assertEquals(1, new DistributionSpec.Normal(1, 0.8, 0, Double.NaN).mean());
    }

    @Test
    void validationRejectsBadParameters() {
        List<Runnable> bad = List.of(
                () -> new DistributionSpec.Constant(Double.NaN),
                () -> new DistributionSpec.Exponential(0),
                () -> new DistributionSpec.Exponential(-1),
                () -> new DistributionSpec.Exponential(Double.POSITIVE_INFINITY),
                () -> new DistributionSpec.Uniform(2, 1),
                () -> new DistributionSpec.Uniform(1, 1),
                () -> new DistributionSpec.Uniform(Double.NEGATIVE_INFINITY, 1),
                () -> new DistributionSpec.Triangular(0, 2, 1),
                () -> new DistributionSpec.Triangular(1, 1, 1),
                () -> new DistributionSpec.LogNormal(-1, 1),
                () -> new DistributionSpec.LogNormal(1, 0),
                () -> new DistributionSpec.Gamma(1, 0),
                () -> new DistributionSpec.Gamma(Double.NaN, 1),
                () -> new DistributionSpec.Normal(0, -1, Double.NaN, Double.NaN),
                () -> new DistributionSpec.Normal(0, 1, 2, 1),
                () -> new DistributionSpec.Normal(0, 1, 60, 70),
                () -> new DistributionSpec.Normal(Double.NaN, 1, Double.NaN, Double.NaN),
                () -> new DistributionSpec.DiscreteUniform(3, 1),
                () -> new DistributionSpec.Bernoulli(1.5),
                () -> new DistributionSpec.Bernoulli(-0.1),
                () -> new DistributionSpec.Bernoulli(Double.NaN),
                () -> new DistributionSpec.Poisson(0),
                () -> new DistributionSpec.Empirical(new double[] {}, new double[] {}),
                () -> new DistributionSpec.Empirical(new double[] {1, 2}, new double[] {1}),
                () -> new DistributionSpec.Empirical(new double[] {1, 2}, new double[] {0.5, 0.6}),
                () -> new DistributionSpec.Empirical(new double[] {1, 2}, new double[] {1.5, -0.5}));
        for (int i = 0; i < bad.size(); i++) {
            int index = i;
            assertThrows(IllegalArgumentException.class, bad.get(i)::run, "case " + index + " was accepted");
        }
    }

    @Test
    void samplersDrawFromTheirStreamOnly() {
        // the same stream state gives the same draws: nothing seeds itself from the clock
        for (DistributionSpec spec : specs()) {
            RandomStream a = new RandomStream("same");
            RandomStream b = new RandomStream("same");
            a.reseed(5, 3);
            b.reseed(5, 3);
            Sampler first = spec.sampler(a);
            Sampler second = spec.sampler(b);
            for (int i = 0; i < 100; i++) {
                assertEquals(first.sample(), second.sample(), 0.0, spec.toString());
            }
        }
    }

    @Test
    void empiricalIsAValueType() {
        DistributionSpec.Empirical a = new DistributionSpec.Empirical(new double[] {1, 2}, new double[] {0.5, 0.5});
        double[] values = {1, 2};
        DistributionSpec.Empirical b = new DistributionSpec.Empirical(values, new double[] {0.5, 0.5});
        values[0] = 99;  // defensive copy: later changes to the caller's array do not leak in
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(1.5, b.mean(), 1e-12);
    }

    /** Parameters a sampler cannot draw from, refused when the spec is made rather than failing or hanging in a run. */
    @Test
    void parametersTheSamplersCannotDrawAreRefused() {
        List<Runnable> bad = List.of(
                () -> new DistributionSpec.Gamma(1, 1e-300),         // shape 1e600: NotStrictlyPositiveException
                () -> new DistributionSpec.LogNormal(1, 1e308),      // σ infinite: NaN draws, "cannot schedule at NaN h"
                () -> new DistributionSpec.Triangular(0, 1, 1e308),  // (max − min)² overflows: NaN draws
                () -> new DistributionSpec.Uniform(-1e308, 1e308),
                () -> new DistributionSpec.Poisson(1e18),            // the sampler's time grows with the mean: hangs
                () -> new DistributionSpec.Poisson(1e308),
                () -> new DistributionSpec.Exponential(1e300),
                () -> new DistributionSpec.Constant(1e18),
                () -> new DistributionSpec.Normal(0, 1e300, 0, Double.NaN),
                () -> new DistributionSpec.Empirical(new double[] {1, 1e300}, new double[] {0.5, 0.5}));
        for (int i = 0; i < bad.size(); i++) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad.get(i)::run, "case " + i);
            assertTrue(e.getMessage().matches("[a-z_]+: found .*; allowed .*"), "a keyed message: " + e.getMessage());
        }
        assertEquals("sd: found 1.0E-300; allowed an sd of 1e-12 to 100 times the mean (1.0): a coefficient of variation "
                + "sd / mean in [1e-12, 100]", assertThrows(IllegalArgumentException.class, () -> new DistributionSpec.Gamma(1, 1e-300)).getMessage());
    }

    /** At the limits every sampler still draws finite values with the right mean. */
    @Test
    void drawsAtTheLimitsAreFinite() {
        RandomStream stream = new RandomStream("limits");
        stream.reseed(1, 0);
        List<DistributionSpec> edges = List.of(new DistributionSpec.Gamma(1e12, 1e12 * DistributionSpec.MAX_CV),
                new DistributionSpec.Gamma(1, DistributionSpec.MIN_CV), new DistributionSpec.LogNormal(1e12, 1e14),
                new DistributionSpec.LogNormal(1, 1e-6), new DistributionSpec.Triangular(-1e12, 0, 1e12),
                new DistributionSpec.Uniform(-1e12, 1e12), new DistributionSpec.Exponential(1e12),
                new DistributionSpec.Normal(1e12, 1e12, -1e12, 1e12));
        for (DistributionSpec spec : edges) {
            Sampler sampler = spec.sampler(stream);
            for (int i = 0; i < 10_000; i++) {
                double x = sampler.sample();
                assertTrue(Double.isFinite(x), spec + " drew " + x);
            }
        }
        Sampler poisson = new DistributionSpec.Poisson(DistributionSpec.MAX_POISSON_MEAN).sampler(stream);
        assertEquals(DistributionSpec.MAX_POISSON_MEAN, poisson.sample(), 10 * Math.sqrt(DistributionSpec.MAX_POISSON_MEAN));
    }
}
