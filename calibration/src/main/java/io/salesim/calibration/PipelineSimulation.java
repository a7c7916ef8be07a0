package io.salesim.calibration;

import io.salesim.core.random.RandomStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The fitted pipeline run forward from a cutoff, one replication at a time: the deals open at
 * the cutoff close (or never do) as the cure model says given how long each has been open;
 * new deals arrive as a Poisson stream at the recent rate, with the recent product mix; a
 * closed deal is won with the fitted probability and brings a value drawn from its product's
 * fitted distribution. Each replication first draws the parameters from their sampling
 * distributions (cure model N(φ̂, Σ); win probability and arrival rate from their Jeffreys
 * posteriors), so the bands carry estimation error as well as chance.
 *
 * <p>Why not the sales model: it starts from an empty pipeline and its cycle emerges from work
 * content and capacity, so it can neither be started from 1,700 deals of known ages nor made to
 * follow the fitted cycle without re-fitting its own parameters; docs/calibration.md says so.
 * Each random input has its own named stream (sim-core {@link RandomStream}), seeded by
 * (seed, replication, name): the same seed gives the same bands.
 */
public final class PipelineSimulation {
    /** Days a closer's time is tabulated to: far beyond any backtest, so "later" means "not in the window". */
    private static final int TABLE_DAYS = 3660;

    private final Fit fit;
    private final List<Deal> open;
    private final List<IsoWeek> weeks;
    private final LocalDate start;
    private final LocalDate end;
    private final String[] products;
    private final double[] productCumulative;
    private final Map<String, DealValues> values;
    private final DealValues allValues;

    /** @param deals the export; those open at the fit's cutoff are the starting pipeline */
    public PipelineSimulation(Fit fit, List<Deal> deals, List<IsoWeek> weeks) {
        this.fit = fit;
        this.open = deals.stream().filter(d -> d.openAt(fit.cutoff())).toList();
        this.weeks = weeks;
        this.start = fit.cutoff().plusDays(1);
        this.end = weeks.get(weeks.size() - 1).last();
        Map<String, Integer> mix = new TreeMap<>();
        deals.stream().filter(d -> d.engagedBy(fit.cutoff()) && !d.engaged().isBefore(fit.arrivals().recentFrom()))
                .forEach(d -> mix.merge(d.product(), 1, Integer::sum));
        this.products = mix.keySet().toArray(new String[0]);
        this.productCumulative = new double[products.length];
        double total = mix.values().stream().mapToInt(Integer::intValue).sum();
        double running = 0;
        for (int i = 0; i < products.length; i++) {
            running += mix.get(products[i]) / total;
            productCumulative[i] = running;
        }
        this.values = fit.valuesByProduct();
        this.allValues = DealValues.of("all", deals.stream().filter(d -> d.won() && d.closedBy(fit.cutoff())).toList());
    }

    /** One replication: metric → a value per week. */
    public Map<Metric, double[]> replicate(long seed, int replication) {
        RandomStream parameters = stream("backtest.parameters", seed, replication);
        RandomStream closing = stream("backtest.closing", seed, replication);
        RandomStream arrivals = stream("backtest.arrivals", seed, replication);
        RandomStream outcomes = stream("backtest.outcomes", seed, replication);
        RandomStream dealValues = stream("backtest.values", seed, replication);

        CureModel model = fit.cycle().model().perturbed(parameters);
        Estimate win = fit.winProbability();
        int wins = (int) Math.round(win.value() * win.n());
        double p = new BetaDistribution(null, wins + 0.5, win.n() - wins + 0.5).inverseCumulativeProbability(parameters.nextDouble());
        Estimate rate = fit.arrivals().recentPerWeek();
        double exposureWeeks = (fit.cutoff().toEpochDay() - fit.arrivals().recentFrom().toEpochDay() + 1) / 7.0;
        double perDay = new GammaDistribution(null, rate.n() + 0.5, 1 / exposureWeeks).inverseCumulativeProbability(
                parameters.nextDouble()) / 7;
        double[] cdf = closerTable(model.closers());
        double pi = model.neverCloseShareValue();

        int days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        double[] wonDeals = new double[days];
        double[] wonValue = new double[days];
        double[] closes = new double[days];
        double[] arrivalsByDay = new double[days];
        for (Deal d : open) {
            int age = (int) (fit.cutoff().toEpochDay() - d.engaged().toEpochDay());
            int closeAge = drawCloseAge(age + 1, cdf, pi, closing);
            int day = (int) (d.engaged().toEpochDay() + closeAge - start.toEpochDay());
            close(day, d.product(), p, wonDeals, wonValue, closes, outcomes, dealValues);
        }
        org.apache.commons.math3.distribution.PoissonDistribution poisson = perDay > 0
                ? new org.apache.commons.math3.distribution.PoissonDistribution(arrivals, perDay, 1e-12, 10_000_000) : null;
        for (int day = 0; day < days; day++) {
            int n = poisson == null ? 0 : poisson.sample();
            arrivalsByDay[day] = n;
            for (int i = 0; i < n; i++) {
                String product = product(arrivals.nextDouble());
                int closeAge = drawCloseAge(0, cdf, pi, closing);
                close(day + closeAge, product, p, wonDeals, wonValue, closes, outcomes, dealValues);
            }
        }
        Map<Metric, double[]> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            out.put(m, new double[weeks.size()]);
        }
        double pipeline = open.size();
        int w = 0;
        for (int day = 0; day < days; day++) {
            pipeline += arrivalsByDay[day] - closes[day];
            LocalDate date = start.plusDays(day);
            while (!weeks.get(w).contains(date)) {
                w++;
            }
            out.get(Metric.WON_DEALS)[w] += wonDeals[day];
            out.get(Metric.WON_VALUE)[w] += wonValue[day];
            if (date.equals(weeks.get(w).last())) {
                out.get(Metric.OPEN_PIPELINE)[w] = pipeline;
            }
        }
        return out;
    }

    private void close(int day, String product, double p, double[] wonDeals, double[] wonValue, double[] closes,
                       RandomStream outcomes, RandomStream dealValues) {
        if (day < 0 || day >= closes.length) {
            return; // never, or after the window
        }
        closes[day]++;
        if (outcomes.nextDouble() < p) {
            wonDeals[day]++;
            DealValues v = values.getOrDefault(product, allValues);
            wonValue[day] += v.quantile(dealValues.nextOpenDouble());
        }
    }

    /** F(d + ½) for whole days d: a closer's continuous time rounds to the day it closes on. */
    private static double[] closerTable(AbstractRealDistribution closers) {
        double[] cdf = new double[TABLE_DAYS];
        for (int d = 0; d < TABLE_DAYS; d++) {
            cdf[d] = closers.cumulativeProbability(d + 0.5);
        }
        return cdf;
    }

    /**
     * The age in days at which a deal that has not closed before {@code least} closes, or
     * {@link Integer#MAX_VALUE} if it never does: a closer with probability
     * (1−π)S / (π + (1−π)S), S the closers' survival to {@code least}; its day by inverting the
     * tabulated CDF beyond it.
     */
    static int drawCloseAge(int least, double[] cdf, double pi, RandomStream random) {
        double before = least == 0 ? 0 : (least - 1 < cdf.length ? cdf[least - 1] : 1);
        double beyond = 1 - before;
        double closer = (1 - pi) * beyond / (pi + (1 - pi) * beyond);
        double u = random.nextDouble();
        double v = random.nextDouble();
        if (!(u < closer)) {
            return Integer.MAX_VALUE;
        }
        double target = before + v * beyond;
        int lo = least;
        int hi = cdf.length;
        while (lo < hi) { // the first day whose CDF reaches the target
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo >= cdf.length ? Integer.MAX_VALUE : lo;
    }

    private String product(double u) {
        for (int i = 0; i < products.length; i++) {
            if (u < productCumulative[i]) {
                return products[i];
            }
        }
        return products.length == 0 ? "unknown" : products[products.length - 1];
    }

    private static RandomStream stream(String name, long seed, int replication) {
        RandomStream s = new RandomStream(name);
        s.reseed(seed, replication);
        return s;
    }

    public int openAtStart() {
        return open.size();
    }
}
