package io.salesim.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesim.core.engine.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Active periods and Roser's weekly bottleneck rule, on hand-made periods whose answer is known. */
class ShiftingBottleneckTest {

    @Test
    void activePeriodsCountWorkingHoursAndSpanWeeks() {
        ActivePeriods periods = new ActivePeriods(WorkCalendar.officeWeek());
        periods.reset(3);
        // active from Monday 02:00 to Monday 06:00 of week 0: 4 working hours
        periods.update(true, 2);
        periods.update(false, 6);
        // active from Friday 04:00 of week 0 (day 4) to Tuesday 04:00 of week 1 (day 8):
        // Friday 4 h + Monday 8 h + Tuesday 4 h = 16 working hours, touching weeks 0 and 1
        periods.update(true, 4 * 24 + 4);
        periods.update(false, 8 * 24 + 4);
        assertArrayEquals(new double[] {16, 16, 0}, periods.longestHours(), 1e-9);
        assertArrayEquals(new double[] {4 + 4, 12, 0}, periods.activeHours(), 1e-9);
        // a period still open at the horizon is closed there
        periods.update(true, 2 * 168 + 1);
        periods.finish(2 * 168 + 3);
        assertEquals(2, periods.longestHours()[2], 1e-9);
    }

    @Test
    void bottleneckIsTheResourceWithTheLongestActivePeriodEachWeek() {
        double[][] longest = {{10, 2, 0}, {4, 30, 0}};
        double[][] active = {{20, 2, 0}, {30, 30, 0}};
        double[][] utilization = {{0.5, 0.5, 0.5}, {0.9, 0.9, 0.9}};
        // week 0: resource 0 has the longest period even though resource 1 was active longer and busier;
        // week 2: nothing active, no bottleneck
        assertArrayEquals(new double[][] {{1, 0, 0}, {0, 1, 0}}, ShiftingBottleneck.weeklyShares(longest, active, utilization));
    }

    @Test
    void tiesAreBrokenByActiveHoursThenUtilisationThenShared() {
        double[][] sameLongest = {{5}, {5}};
        // more active hours wins, whichever is listed first
        assertArrayEquals(new double[][] {{0}, {1}},
                ShiftingBottleneck.weeklyShares(sameLongest, new double[][] {{6}, {9}}, new double[][] {{0.9}, {0.5}}));
        assertArrayEquals(new double[][] {{1}, {0}},
                ShiftingBottleneck.weeklyShares(sameLongest, new double[][] {{9}, {6}}, new double[][] {{0.5}, {0.9}}));
        // equal active hours: the busier one
        assertArrayEquals(new double[][] {{0}, {1}},
                ShiftingBottleneck.weeklyShares(sameLongest, new double[][] {{6}, {6}}, new double[][] {{0.5}, {0.9}}));
        // tied on every criterion: the week is shared, never given to the first listed
        double[][] three = {{5}, {5}, {5}};
        assertArrayEquals(new double[][] {{1.0 / 3}, {1.0 / 3}, {1.0 / 3}},
                ShiftingBottleneck.weeklyShares(three, three, new double[][] {{1}, {1}, {1}}));
    }
}
