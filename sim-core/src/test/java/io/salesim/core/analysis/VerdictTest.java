package io.salesim.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.MetricDirection;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerdictTest {
    /**
     * The case the verdict exists for: the alternative is a little worse in most replications and
     * much better in the rest, so P(better) is below one half while the mean difference and its
     * whole interval are above zero. The interval decides: better.
     */
    @Test
    void theIntervalDecidesEvenWhenMostReplicationsGoTheOtherWay() {
        int n = 100;
        double[] baseline = new double[n];
        double[] alternative = new double[n];
        for (int r = 0; r < n; r++) {
            baseline[r] = 50 + r % 7; // the same random numbers: only the paired difference matters
            alternative[r] = baseline[r] + (r % 10 < 7 ? -0.1 : 10);
        }
        PairedDifference higher = PairedDifference.of(baseline, alternative, true, 0.95);
        assertTrue(higher.probabilityBetter() < 0.5, "better in " + higher.probabilityBetter() + " of the replications");
        assertTrue(higher.difference().ciLow() > 0, higher.difference().toString());
        assertEquals(Verdict.BETTER, Verdict.of(higher.difference(), MetricDirection.HIGHER_IS_BETTER));
        // the same numbers for a lower-is-better metric (a wait, a shortfall): worse
        assertEquals(Verdict.WORSE, Verdict.of(higher.difference(), MetricDirection.LOWER_IS_BETTER));
        // and for a count or an input: no verdict at all
        assertEquals(Verdict.NONE, Verdict.of(higher.difference(), MetricDirection.NEUTRAL));
    }

    @Test
    void anIntervalHoldingZeroCannotTellWhateverTheMean() {
        Summary holdsZero = Summary.of(new double[] {-3, 4, -2, 5, -1, 3});
        assertTrue(holdsZero.mean() > 0 && holdsZero.ciLow() < 0, holdsZero.toString());
        assertEquals(Verdict.CANNOT_TELL, Verdict.of(holdsZero, MetricDirection.HIGHER_IS_BETTER));
        assertEquals(Verdict.CANNOT_TELL, Verdict.of(holdsZero, MetricDirection.LOWER_IS_BETTER));
        // identical plans: a zero-width interval at zero is no evidence either way
        double[] zeros = new double[10];
        Arrays.fill(zeros, 0);
        assertEquals(Verdict.CANNOT_TELL, Verdict.of(Summary.of(zeros), MetricDirection.HIGHER_IS_BETTER));
    }

    @Test
    void everyVerdictReadsBackFromItsWord() {
        for (Verdict verdict : Verdict.values()) {
            assertEquals(verdict, Verdict.fromId(verdict.id()));
        }
    }
}
