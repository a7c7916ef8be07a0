package io.salesim.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The procedure's arithmetic on hand-made observations. For k = 2, n0 = 10, 1 − PCS = 0.05
 * (Kim and Nelson 2001): η = ½[(2α/(k − 1))^(−2/(n0 − 1)) − 1] = 0.334050, h² = 2η(n0 − 1) = 6.012905.
 * The two plans' differences alternate c + 1, c − 1 over the first stage, so S² = 10/9; with δ = 0.5,
 * h²S²/δ² = 26.724: the procedure stops by stage ⌊26.724⌋ + 1 = 27, and at stage 10 it eliminates
 * a plan trailing by more than W = δ/(2·10)·(26.724 − 10) = 0.4181.
 */
class KimNelsonTest {
    private static final int N0 = 10;
    private static final double DELTA = 0.5;

    /** Plan 0 observes 100 every time; plan 1 observes 100 + c ± 1, alternating, for the first stage. */
    private static KimNelson firstStage(double c, boolean higherIsBetter) {
        KimNelson procedure = new KimNelson(2, N0, DELTA, 0.95, higherIsBetter);
        for (int j = 0; j < N0; j++) {
            procedure.addStage(new double[] {100, 100 + c + (j % 2 == 0 ? 1 : -1)});
        }
        return procedure;
    }

    @Test
    void eliminatesAtTheFirstScreeningOnlyAPlanTrailingByMoreThanTheBoundary() {
        KimNelson trailing = firstStage(-0.43, true);
        assertTrue(trailing.finished());
        assertEquals(0, trailing.selected());
        assertEquals(N0, trailing.eliminatedAt(1));
        assertEquals(100 - 0.43, trailing.mean(1), 1e-12);

        KimNelson close = firstStage(-0.40, true);
        assertFalse(close.finished(), "0.40 behind is inside the boundary of 0.4181");
        assertEquals(List.of(0, 1), close.contenders());
        assertEquals(27, close.lastStage());

        // lower is better: trailing in the values is leading
        KimNelson lower = firstStage(-0.43, false);
        assertEquals(1, lower.selected());
        assertEquals(N0, lower.eliminatedAt(0));
    }

    @Test
    void withEqualMeansItStopsAtItsLastStageAndTheTieGoesToTheEarlierPlan() {
        KimNelson procedure = firstStage(0, true);
        while (!procedure.finished()) {
            procedure.addStage(new double[] {100, 100});
        }
        assertEquals(27, procedure.stage());
        assertEquals(0, procedure.selected());
        assertEquals(27, procedure.eliminatedAt(1));
        assertEquals(27, procedure.observations(0));
        assertThrows(IllegalStateException.class, () -> procedure.addStage(new double[] {1, 2}), "finished");
    }

    @Test
    void identicalPlansNeedNoMoreThanTheFirstStage() {
        KimNelson procedure = new KimNelson(3, N0, DELTA, 0.95, true);
        for (int j = 0; j < N0; j++) {
            assertFalse(procedure.finished());
            procedure.addStage(new double[] {j, j, j - 5});
        }
        // every S² is 0, so every boundary is 0 from the start: the best mean wins at once
        assertTrue(procedure.finished());
        assertEquals(0, procedure.selected());
        assertEquals(N0, procedure.lastStage());
    }

    @Test
    void refusesSettingsOutsideTheProceduresRange() {
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(1, N0, DELTA, 0.95, true));
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(2, 1, DELTA, 0.95, true));
        for (double delta : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new KimNelson(2, N0, delta, 0.95, true), "δ " + delta);
        }
        // PCS must beat picking at random (1/k) and be short of certainty
        for (double pcs : new double[] {0.25, 0.2, 1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new KimNelson(4, N0, DELTA, pcs, true), "pcs " + pcs);
        }
        KimNelson procedure = new KimNelson(2, N0, DELTA, 0.95, true);
        assertThrows(IllegalArgumentException.class, () -> procedure.addStage(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> procedure.addStage(new double[] {1}));
    }
}
