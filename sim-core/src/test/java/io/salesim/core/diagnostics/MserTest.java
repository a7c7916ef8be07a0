package io.salesim.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The MSER rule on series whose right truncation point is known by construction. */
class MserTest {

    @Test
    void aStepAtTheStartIsCutExactlyWhereTheLevelSettles() {
        // 8 points far below a level that then alternates ±1 around 10: every d < 8 keeps the low
        // points and a large spread; d = 8 leaves only the ±1 alternation, the smallest MSER statistic
        double[] series = new double[60];
        for (int i = 0; i < series.length; i++) {
            series[i] = i < 8 ? 0 : 10 + (i % 2 == 0 ? 1 : -1);
        }
        Mser.Truncation cut = Mser.truncate(series, 1);
        assertEquals(8, cut.points());
        assertTrue(cut.settled());
    }

    @Test
    void batchesOfFiveCutAtABatchBoundary() {
        double[] series = new double[100];
        for (int i = 0; i < series.length; i++) {
            series[i] = i < 12 ? -5 : (i % 2 == 0 ? 1 : -1);
        }
        // batches [10, 15) hold 2 low points: cutting before them (10) keeps a low batch mean, so the cut is at 15
        Mser.Truncation cut = Mser.truncate(series, Mser.batchFor(series.length));
        assertEquals(5, cut.batch());
        assertEquals(15, cut.points());
    }

    @Test
    void aStationarySeriesIsNotCutAndAConstantOneNeither() {
        double[] alternating = new double[40];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2 == 0 ? 1 : -1;
        }
        assertEquals(0, Mser.truncate(alternating, 1).points());
        assertEquals(0, Mser.truncate(new double[40], 1).points());
    }

    @Test
    void aSeriesThatKeepsRisingNeverSettlesInItsFirstHalf() {
        double[] rising = new double[50];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = i;
        }
        Mser.Truncation cut = Mser.truncate(rising, 1);
        assertFalse(cut.settled());
        assertEquals(25, cut.points());
    }

    @Test
    void tooFewBatchesSayNothingAndEmptyWeeksAreSkipped() {
        assertNull(Mser.truncate(new double[] {1, 2, 3}, 1));
        double[] withGaps = {Double.NaN, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        Mser.Truncation cut = Mser.truncate(withGaps, 1);
        assertEquals(3, cut.points());
    }
}
