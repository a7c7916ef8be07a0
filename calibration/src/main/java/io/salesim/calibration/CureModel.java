package io.salesim.calibration;

import java.util.Arrays;
import java.util.TreeMap;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A mixture ("cure") model of time to close: a share π of engaged deals never closes (the
 * scenario's abandonment); the others close after a {@link CycleFamily} time. Fitted by
 * maximum likelihood with open deals right-censored at the cutoff:
 * closed at t contributes (1−π) f(t), open at age c contributes π + (1−π) S(c). The
 * covariance is the inverse observed information (a numerical Hessian), and intervals
 * come from the delta method on the scales the optimiser uses (logit π, log of the mean).
 * A naive fit ({@link #naive}) uses closed deals alone: no cure share, no censoring.
 *
 * @param phi (logit π, θ…); π fixed at 0 (logit −∞) for the naive fit
 */
public record CureModel(CycleFamily family, double[] phi, boolean naive, double logLikelihood, double[][] covariance,
                        int closed, int censored) {
    /** Closed deals with 0 days (closed the day they were engaged) count as half a day: the positive families need t > 0. */
    static final double LEAST_DAYS = 0.5;
    private static final double STEP = 1e-4;

    /** The censored cure fit. @param days days in pipeline at close or cutoff; @param closedFlags whether each closed */
    public static CureModel fit(CycleFamily family, double[] days, boolean[] closedFlags) {
        Tied data = Tied.of(days, closedFlags);
        double[] closedDays = closedDays(days, closedFlags);
        double open = (double) data.censoredCount / days.length;
        double[] theta = family.start(closedDays);
        MultivariateFunction ll = p -> data.logLikelihood(family, p, false);
        double[] best = null;
        // several starting shares: the likelihood can have a second peak with π near 0 and a long tail instead
        for (double share : new double[] {0.5 * open, 0.9 * open, 0.1 * open}) {
            double[] start = new double[theta.length + 1];
            start[0] = logit(Math.min(0.95, Math.max(0.02, share)));
            System.arraycopy(theta, 0, start, 1, theta.length);
            double[] found = maximise(ll, start);
            if (best == null || ll.value(found) > ll.value(best)) {
                best = found;
            }
        }
        return new CureModel(family, best, false, ll.value(best), covariance(ll, best), data.closedCount, data.censoredCount);
    }

    /** The naive fit: the same family to closed deals only, as if no open deal would ever have closed later. */
    public static CureModel naive(CycleFamily family, double[] closedDays) {
        boolean[] all = new boolean[closedDays.length];
        Arrays.fill(all, true);
        Tied data = Tied.of(closedDays, all);
        double[] theta = family.start(closedDays);
        MultivariateFunction ll = p -> data.logLikelihood(family, withoutCure(p), true);
        double[] best = maximise(ll, theta);
        double[][] inner = covariance(ll, best);
        int k = best.length + 1;
        double[][] cov = new double[k][k];
        for (int i = 1; i < k; i++) {
            System.arraycopy(inner[i - 1], 0, cov[i], 1, k - 1);
        }
        return new CureModel(family, withoutCure(best), true, ll.value(best), cov, closedDays.length, 0);
    }

    private static double[] withoutCure(double[] theta) {
        double[] phi = new double[theta.length + 1];
        phi[0] = Double.NEGATIVE_INFINITY;
        System.arraycopy(theta, 0, phi, 1, theta.length);
        return phi;
    }

    /** Akaike's criterion: compares the families on the same data. */
    public double aic() {
        return 2 * (phi.length - (naive ? 1 : 0)) - 2 * logLikelihood;
    }

    public double neverCloseShareValue() {
        return naive ? 0 : 1 / (1 + Math.exp(-phi[0]));
    }

    /** π with its interval (logit scale, back-transformed). */
    public Estimate neverCloseShare() {
        if (naive) {
            return new Estimate(0, 0, 0, closed);
        }
        double se = Math.sqrt(Math.max(0, covariance[0][0]));
        return new Estimate(expit(phi[0]), expit(phi[0] - Intervals.Z95 * se), expit(phi[0] + Intervals.Z95 * se), closed + censored);
    }

    public AbstractRealDistribution closers() {
        return family.distribution(theta());
    }

    double[] theta() {
        return Arrays.copyOfRange(phi, 1, phi.length);
    }

    /** The mean days to close of deals that close, with its interval (delta method on the log of the mean). */
    public Estimate cycleMeanDays() {
        double mean = closers().getNumericalMean();
        int k = phi.length;
        double[] gradient = new double[k];
        for (int i = 1; i < k; i++) {
            double[] up = phi.clone();
            double[] down = phi.clone();
            up[i] += STEP;
            down[i] -= STEP;
            gradient[i] = (Math.log(family.distribution(Arrays.copyOfRange(up, 1, k)).getNumericalMean())
                    - Math.log(family.distribution(Arrays.copyOfRange(down, 1, k)).getNumericalMean())) / (2 * STEP);
        }
        double var = 0;
        for (int i = 1; i < k; i++) {
            for (int j = 1; j < k; j++) {
                var += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        double se = Math.sqrt(Math.max(0, var));
        return new Estimate(mean, mean * Math.exp(-Intervals.Z95 * se), mean * Math.exp(Intervals.Z95 * se), closed);
    }

    /** The share of engaged deals still open {@code days} after engagement: π + (1−π) S(t). */
    public double survival(double days) {
        double pi = neverCloseShareValue();
        return pi + (1 - pi) * (1 - closers().cumulativeProbability(days));
    }

    public String describe() {
        return family.describe(theta());
    }

    /** This model with its parameters drawn from their sampling distribution N(φ̂, Σ): parameter uncertainty in a forecast. */
    public CureModel perturbed(RandomGenerator random) {
        int from = naive ? 1 : 0;
        int k = phi.length - from;
        double[][] sub = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sub[i][j] = covariance[i + from][j + from];
            }
        }
        if (java.util.Arrays.stream(sub).flatMapToDouble(java.util.Arrays::stream).anyMatch(x -> !Double.isFinite(x))) {
            return this; // no usable covariance (a flat likelihood): no spread to draw from
        }
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(new Array2DRowRealMatrix(sub), 1e-10, 1e-14).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            return this; // a degenerate fit: no spread to draw from
        }
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            z[i] = random.nextGaussian();
        }
        double[] drawn = phi.clone();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                drawn[i + from] += l.getEntry(i, j) * z[j];
            }
        }
        return new CureModel(family, drawn, naive, logLikelihood, covariance, closed, censored);
    }

    private static double[] maximise(MultivariateFunction ll, double[] start) {
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
        double[] point = start;
        for (int restart = 0; restart < 3; restart++) { // Nelder–Mead can stall; restarting from its answer settles it
            PointValuePair best = optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(ll), GoalType.MAXIMIZE,
                    new InitialGuess(point), new NelderMeadSimplex(point.length, 0.2));
            point = best.getPoint();
        }
        return point;
    }

    /** The inverse of the observed information: minus the inverse Hessian of the log-likelihood, by central differences. */
    private static double[][] covariance(MultivariateFunction ll, double[] at) {
        int k = at.length;
        double[][] h = new double[k][k];
        double h0 = 1e-3;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double[] pp = at.clone();
                double[] pm = at.clone();
                double[] mp = at.clone();
                double[] mm = at.clone();
                pp[i] += h0;
                pp[j] += h0;
                pm[i] += h0;
                pm[j] -= h0;
                mp[i] -= h0;
                mp[j] += h0;
                mm[i] -= h0;
                mm[j] -= h0;
                h[i][j] = (ll.value(pp) - ll.value(pm) - ll.value(mp) + ll.value(mm)) / (4 * h0 * h0);
                h[j][i] = h[i][j];
            }
        }
        try {
            return new LUDecomposition(new Array2DRowRealMatrix(h).scalarMultiply(-1)).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            double[][] nan = new double[k][k];
            for (double[] row : nan) {
                Arrays.fill(row, Double.NaN);
            }
            return nan;
        }
    }

    private static double[] closedDays(double[] days, boolean[] closed) {
        return java.util.stream.IntStream.range(0, days.length).filter(i -> closed[i]).mapToDouble(i -> Math.max(LEAST_DAYS, days[i]))
                .toArray();
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Days are whole numbers: the likelihood sums over distinct (days, closed) with their counts. */
    private record Tied(double[] closedDays, int[] closedCounts, double[] censoredDays, int[] censoredCounts, int closedCount,
                        int censoredCount) {
        static Tied of(double[] days, boolean[] closed) {
            TreeMap<Double, Integer> c = new TreeMap<>();
            TreeMap<Double, Integer> o = new TreeMap<>();
            for (int i = 0; i < days.length; i++) {
                (closed[i] ? c : o).merge(closed[i] ? Math.max(LEAST_DAYS, days[i]) : days[i], 1, Integer::sum);
            }
            return new Tied(c.keySet().stream().mapToDouble(Double::doubleValue).toArray(), c.values().stream().mapToInt(i -> i).toArray(),
                    o.keySet().stream().mapToDouble(Double::doubleValue).toArray(), o.values().stream().mapToInt(i -> i).toArray(),
                    c.values().stream().mapToInt(i -> i).sum(), o.values().stream().mapToInt(i -> i).sum());
        }

        double logLikelihood(CycleFamily family, double[] p, boolean naive) {
            for (int i = 1; i < p.length; i++) {
                if (Math.abs(p[i]) > 50) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            AbstractRealDistribution d;
            try {
                d = family.distribution(Arrays.copyOfRange(p, 1, p.length));
            } catch (RuntimeException e) { // parameters out of the family's range
                return Double.NEGATIVE_INFINITY;
            }
            double pi = naive ? 0 : expit(p[0]);
            double ll = 0;
            for (int i = 0; i < closedDays.length; i++) {
                ll += closedCounts[i] * (Math.log1p(-pi) + d.logDensity(closedDays[i]));
            }
            for (int i = 0; i < censoredDays.length; i++) {
                ll += censoredCounts[i] * Math.log(pi + (1 - pi) * (1 - d.cumulativeProbability(censoredDays[i])));
            }
            return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll;
        }
    }
}
