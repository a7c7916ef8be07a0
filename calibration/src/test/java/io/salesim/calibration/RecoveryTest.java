package io.salesim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The fit recovers the parameters of exports generated from known values: each truth must lie
 * in its interval, widened for the number of intervals checked in one test (Bonferroni: a
 * family of k intervals at 95% together is checked at 1 − 0.05/k each, the half-widths scaled
 * by z(1 − 0.025/k) / z(0.975)).
 */
class RecoveryTest {
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    /** The interval widened to the family-wise 95% level over {@code k} intervals. */
    static Estimate bonferroni(Estimate e, int k) {
        double scale = Z.inverseCumulativeProbability(1 - 0.025 / k) / Intervals.Z95;
        return new Estimate(e.value(), e.value() - (e.value() - e.low()) * scale, e.value() + (e.high() - e.value()) * scale, e.n());
    }

    @Test
    void arrivalsWinProbabilityNeverCloseShareAndCensoredCycleAreRecovered() {
        // truth: 12 engagements a day (84 a week), 20% never close, lognormal(log 40, 0.6) days to
        // close (mean exp(log 40 + 0.18) = 47.9 days), 60% of closed deals won; 240 days observed
        SyntheticExport truth = new SyntheticExport(12, 0.2, Math.log(40), 0.6, 0.6, 240, 11);
        List<Deal> deals = truth.deals();
        Fit fit = Fit.of(CrmExport.of(deals), truth.cutoff());
        int k = 4;
        Estimate rate = bonferroni(fit.arrivals().recentPerWeek(), k);
        Estimate win = bonferroni(fit.winProbability(), k);
        Estimate pi = bonferroni(fit.cycle().model().neverCloseShare(), k);
        Estimate mean = bonferroni(fit.cycle().model().cycleMeanDays(), k);
        assertTrue(rate.covers(12 * 7), "arrivals a week " + rate + " against 84");
        assertTrue(win.covers(0.6), "win probability " + win + " against 0.6");
        assertTrue(pi.covers(0.2), "never-close share " + pi + " against 0.2");
        assertTrue(mean.covers(truth.meanDays()), "mean days to close " + mean + " against " + truth.meanDays());
    }

    @Test
    void theTeamAndOpenPipelineAreCountedAtTheCutoff() {
        SyntheticExport truth = new SyntheticExport(5, 0.2, Math.log(30), 0.5, 0.5, 120, 3);
        List<Deal> deals = truth.deals();
        Fit fit = Fit.of(CrmExport.of(deals), truth.cutoff());
        long open = deals.stream().filter(d -> d.openAt(truth.cutoff())).count();
        assertEquals(open, fit.team().openAtCutoff());
        assertEquals(12, fit.team().agents(), "the generator deals to 12 agents");
        assertEquals((double) open / 12, fit.team().openPerAgent(), 1e-12);
    }

    /**
     * Response: the shorter the observation window, the larger the share of deals still open at
     * the cutoff; the naive fit (closed deals only) then sees only the quick closes, and its
     * bias grows, while the censored cure fit still covers the truth.
     */
    @Test
    void theNaiveFitIsBiasedShortMoreSoAsCensoringGrowsAndTheCensoredFitIsNot() {
        int[] windows = {360, 180, 90};
        List<Double> censoredShares = new ArrayList<>();
        List<Double> naiveBias = new ArrayList<>();
        for (int days : windows) {
            // truth: lognormal(log 35, 0.7) days to close, mean exp(log 35 + 0.245) = 44.7 days; 15% never close
            SyntheticExport truth = new SyntheticExport(8, 0.15, Math.log(35), 0.7, 0.6, days, 5);
            Fit fit = Fit.of(CrmExport.of(truth.deals()), truth.cutoff());
            Estimate censored = bonferroni(fit.cycle().model().cycleMeanDays(), windows.length);
            Estimate naive = bonferroni(fit.cycle().naive().cycleMeanDays(), windows.length);
            censoredShares.add(fit.cycle().model().censored() / (double) fit.engaged());
            naiveBias.add(truth.meanDays() - naive.value());
            assertTrue(censored.covers(truth.meanDays()), days + " days: censored " + censored + " against " + truth.meanDays());
            assertTrue(naive.high() < truth.meanDays(), days + " days: the naive interval " + naive + " lies below the truth "
                    + truth.meanDays());
        }
        for (int i = 1; i < windows.length; i++) {
            assertTrue(censoredShares.get(i) > censoredShares.get(i - 1), "censoring grows as the window shrinks: " + censoredShares);
            assertTrue(naiveBias.get(i) > naiveBias.get(i - 1), "the naive bias grows with censoring: " + naiveBias
                    + " at censored shares " + censoredShares);
        }
    }
}
