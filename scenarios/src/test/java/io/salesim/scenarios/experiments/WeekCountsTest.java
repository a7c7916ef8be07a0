package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.scenarios.SizableRole.WeekTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The judging function of sizing, on weekly series built by hand. */
class WeekCountsTest {
    private static final double NAN = Double.NaN;

    /**
     * Four warm-up weeks, then 100 weeks of which every fifth runs at 0.95 and the rest at 0.75:
     * the mean after warm-up is 0.2 × 0.95 + 0.8 × 0.75 = 0.79, under a 0.85 target, yet only 80%
     * of the weeks meet it. Three such replications: 300 cells judged, 60 above target.
     */
    @Test
    void aSeriesUnderTargetOnAverageButAboveItInAFifthOfItsWeeksFailsANinetyPercentShare() {
        WeekTest test = WeekTest.atMost("station.desk.utilization", 0.85, 4);
        double[] weekly = new double[104];
        Arrays.fill(weekly, 0, 4, 1.0); // above target, but warm-up: not judged
        for (int w = 4; w < weekly.length; w++) {
            weekly[w] = (w - 4) % 5 == 0 ? 0.95 : 0.75;
        }
        assertEquals(0.79, Arrays.stream(weekly, 4, weekly.length).average().orElseThrow(), 1e-12,
                "the average the old rule judged passes");

        WeekCounts counts = WeekCounts.NONE.plus(weekly, test).plus(weekly, test).plus(weekly, test);
        assertEquals(new WeekCounts(3, 100, 300, 60), counts);
        assertEquals(0.8, counts.shareMeeting()); // 240 / 300
        assertEquals(20.0, counts.missedPerReplication());
        assertFalse(counts.meets(0.9));
        assertTrue(counts.meets(0.8), "a share exactly at the required one passes");
    }

    /**
     * The sales model's shortfall series (1 short, 0 not, NaN not judged: nobody available and
     * nothing waiting): two warm-up weeks, three weeks not judged, one short and nine not.
     */
    @Test
    void weeksNotJudgedCountNeitherWayAndWarmUpWeeksNotAtAll() {
        WeekTest test = WeekTest.notShort("role.project_leader.shortfall_probability", 2);
        double[] weekly = {1, 1, NAN, NAN, NAN, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        WeekCounts counts = WeekCounts.NONE.plus(weekly, test);
        assertEquals(new WeekCounts(1, 13, 10, 1), counts);
        assertEquals(0.9, counts.shareMeeting()); // 9 / 10
        assertEquals(1.0, counts.missedPerReplication(), "per replication, of its 13 weeks after warm-up");
        assertTrue(counts.meets(0.9));
        assertFalse(counts.meets(0.91));
    }

    /** A role with nobody and no work in every week has nothing to protect: it meets any share, with no share to show. */
    @Test
    void aRoleNeverJudgedMeets() {
        double[] weekly = {NAN, NAN, NAN};
        WeekCounts counts = WeekCounts.NONE.plus(weekly, WeekTest.notShort("role.promotions.shortfall_probability", 0));
        assertEquals(new WeekCounts(1, 3, 0, 0), counts);
        assertTrue(Double.isNaN(counts.shareMeeting()));
        assertEquals(0.0, counts.missedPerReplication());
        assertTrue(counts.meets(1.0));
    }
}
