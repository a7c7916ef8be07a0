package io.salesim.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WeeklyAccumulator;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.stats.PairedDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {

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
        // week 0: resource 0 has the longest period even though resource 1 was active longer in total
        assertArrayEquals(new int[] {0, 1, -1}, ShiftingBottleneck.weekly(longest, active));
        assertArrayEquals(new double[] {0, 1, 0}, ShiftingBottleneck.indicator(new int[] {0, 1, -1}, 1));
        // equal longest periods: more active hours wins
        assertArrayEquals(new int[] {1}, ShiftingBottleneck.weekly(new double[][] {{5}, {5}}, new double[][] {{6}, {9}}));
    }

    @Test
    void shortfallWeeksAreWeeksAboveTheUtilisationTarget() {
        double[] utilization = {0.5, 0.86, Double.NaN, 0.9, 0.85};
        double[] shortfalls = ProtectiveCapacity.shortfalls(utilization, 0.85);
        assertArrayEquals(new double[] {0, 1, Double.NaN, 1, 0}, shortfalls, 0);
        assertEquals(2, ProtectiveCapacity.count(shortfalls, 0));
        assertEquals(1, ProtectiveCapacity.count(shortfalls, 2));
        assertArrayEquals(new double[] {0.5, 0.14, Double.NaN, 0.1, 0.15}, ProtectiveCapacity.protective(utilization), 1e-12);
    }

    private static ExperimentResult result(long seed, double... values) {
        List<ReplicationResult> reps = new ArrayList<>();
        WeeklyAccumulator weekly = new WeeklyAccumulator();
        for (int i = 0; i < values.length; i++) {
            ReplicationResult rep = new ReplicationResult(i, Map.of("m", values[i]),
                    Map.of("role.x.bottleneck_probability", new double[] {i % 2, 1}), 0);
            weekly.fold(rep);
            reps.add(rep);
        }
        return new ExperimentResult("t", seed, reps, Map.of("m", "u"), weekly.summaries(), true);
    }

    @Test
    void plansAreComparedPairwiseOnlyOnCommonRandomNumbers() {
        // differences 1, 2, 3: mean 2, and the alternative is better in every pair
        PairedDifference d = PlanComparison.compare(result(1, 10, 20, 30), result(1, 11, 22, 33), "m", true);
        assertEquals(2, d.difference().mean(), 1e-12);
        assertEquals(1, d.probabilityBetter(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PlanComparison.compare(result(1, 1, 2), result(2, 1, 2), "m", true));
    }

    @Test
    void bottleneckProbabilityIsTheMeanOfTheWeeklyIndicators() {
        // replications 0, 1, 2 have week-0 indicators 0, 1, 0 and week-1 indicators 1, 1, 1
        Map<String, double[]> p = BottleneckProbabilities.byWeek(result(1, 1, 2, 3));
        assertArrayEquals(new double[] {1.0 / 3, 1}, p.get("x"), 1e-12);
    }
}
