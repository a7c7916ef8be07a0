package io.salesim.core.random;

import io.salesim.core.engine.Meaning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.Counter;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.core.stats.Tally;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PiecewiseRateTest {

    /** Monday 0–8 h at 2/h, 8–17 h at 0.5/h, closed until Saturday, then 1/h for the weekend. */
    private static final PiecewiseRate WEEK = PiecewiseRate.weekly(
            new double[] {0, 8, 17, 120}, new double[] {2, 0.5, 0, 1});

    @Test
    void cumulativeRateIsTheIntegralOfTheRate() {
        // 2 × 8 + 0.5 × 9 + 0 + 1 × 48 = 68.5 a week
        assertEquals(68.5, WEEK.expectedPerWeek(), 1e-12);
        assertEquals(16, WEEK.cumulative(8), 1e-12);
        assertEquals(20.5, WEEK.cumulative(50), 1e-12);
        assertEquals(2 * 68.5 + 16 + 0.5, WEEK.cumulative(2 * 168 + 9), 1e-9);
        assertEquals(0.5, WEEK.rateAt(168 + 10));
        assertEquals(0, WEEK.rateAt(168 + 17));
        assertEquals(2, WEEK.rateAt(168));
        assertEquals(1, WEEK.rateAt(167.999));
        // an exact week's worth is reached at the end of the weekend, not at Monday 0 h
        assertEquals(168, WEEK.inverse(68.5), 1e-9);
        // 20.5 is reached at 17 h, the start of the closed stretch
        assertEquals(17, WEEK.inverse(20.5), 1e-9);
    }

    @Test
    void inverseUndoesCumulativeWhereverTheRateIsPositive() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            double t = random.nextDouble() * 2000;
            if (WEEK.rateAt(t) > 0) {
                assertEquals(t, WEEK.inverse(WEEK.cumulative(t)), 1e-7);
            }
        }
    }

    /**
     * Counts per segment over 400 weeks, each week a replication: a Poisson count's mean is
     * rate × length, and the three open segments share a 95% level (Bonferroni).
     */
    @Test
    void countsPerSegmentMatchTheRates() {
        RandomStream stream = new RandomStream("arrivals");
        stream.reseed(31, 0);
        int weeks = 400;
        double[][] counts = new double[4][weeks];
        double now = 0;
        while (true) {
            now = WEEK.nextArrivalHours(now, stream);
            int week = (int) (now / 168);
            if (week >= weeks) {
                break;
            }
            double hour = now - week * 168;
            int segment = hour < 8 ? 0 : hour < 17 ? 1 : hour < 120 ? 2 : 3;
            counts[segment][week]++;
        }
        double[] expected = {16, 4.5, 0, 48};
        for (int s = 0; s < 4; s++) {
            Summary summary = Summary.of(counts[s], 1 - 0.05 / 3);
            if (expected[s] == 0) {
                assertEquals(0, summary.mean(), "nothing arrives while the rate is zero");
            } else {
                assertTrue(summary.covers(expected[s]), "segment " + s + ": expected " + expected[s] + " in ["
                        + summary.ciLow() + ", " + summary.ciHigh() + "]");
            }
        }
    }

    /** A constant rate gives exponential gaps: mean 1/λ, and the coefficient of variation 1. */
    @Test
    void constantRateGivesAPoissonProcess() {
        PiecewiseRate constant = PiecewiseRate.of(new double[] {0}, new double[] {3});
        RandomStream stream = new RandomStream("poisson");
        Tally gaps = new Tally();
        double now = 0;
        for (int i = 0; i < 20_000; i++) {
            double next = constant.nextArrivalHours(now, stream);
            gaps.record(next - now);
            now = next;
        }
        double halfWidth = Summary.halfWidth(gaps.stdev(), gaps.count(), 0.95);
        assertEquals(1.0 / 3, gaps.mean(), halfWidth);
    }

    /** Without repetition a final zero rate ends the arrivals: Poisson(Λ(∞)) arrivals in all. */
    @Test
    void aFinalZeroRateEndsTheArrivals() {
        PiecewiseRate burst = PiecewiseRate.of(new double[] {0, 10}, new double[] {1, 0});
        RandomStream stream = new RandomStream("burst");
        double[] totals = new double[2000];
        for (int r = 0; r < totals.length; r++) {
            stream.reseed(4, r);
            double now = 0;
            while (true) {
                now = burst.nextArrivalHours(now, stream);
                if (Double.isInfinite(now)) {
                    break;
                }
                assertTrue(now <= 10, "arrival after the rate dropped to zero: " + now);
                totals[r]++;
            }
        }
        // Λ(∞) = 1/h × 10 h
        assertTrue(Summary.of(totals).covers(10), "total arrivals " + Summary.of(totals));
    }

    @Test
    void validationRejectsBadPatterns() {
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {}, new double[] {}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0, 5}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0, 5, 5}, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0, 5, 3}, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0}, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.of(new double[] {0, 1}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseRate.weekly(new double[] {0, 168}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> PiecewiseRate.of(new double[] {0, Double.POSITIVE_INFINITY}, new double[] {1, 1}));
    }

    /** The usage shown in docs/engine.md: a model whose calls arrive at office-hour rates. */
    static final class CallCentre extends Model {
        private final PiecewiseRate callsPerHour = PiecewiseRate.weekly(
                new double[] {0, 8, 24, 32, 48, 56, 72, 80, 96, 104}, new double[] {6, 0, 6, 0, 6, 0, 6, 0, 6, 0});
        private final RandomStream arrivals = stream("calls");
        private final Counter calls = counter("calls_per_week", Meaning.neutral("calls/week"));

        CallCentre() {
            super("call-centre", 4 * 168, 0);
        }

        @Override
        protected void initialize() {
            scheduleNext();
        }

        private void scheduleNext() {
            double nextHours = callsPerHour.nextArrivalHours(now(), arrivals);
            if (Double.isFinite(nextHours)) {
                scheduleAt(this::call, nextHours, null);
            }
        }

        private void call(Object ignored) {
            calls.increment();
            scheduleNext();
        }
    }

    @Test
    void drivesArrivalsInAModel() {
        ExperimentResult result = ReplicationRunner.run(CallCentre::new, 20, 6, 2);
        // 5 days × 8 h × 6 calls/h = 240 calls a week
        assertEquals(240, new CallCentre().callsPerHour.expectedPerWeek(), 1e-9);
        Summary perWeek = result.summary("calls_per_week");
        assertTrue(perWeek.covers(240), "calls per week " + perWeek);
    }
}
