package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Weeks in which a role has nobody available: short if work waited for it, not judged if none
 * did. Both cases follow from the transition plans' dates, so the expected weeks come from the
 * setup. Weeks are 0-based indices of the run; plan week p is run week 26 + p (26-week warm-up).
 */
class ShortfallWeeksTest {
    private static final int REPS = 3;
    private static final int WARMUP = 26;

    /**
     * transition-salespeople-first switches to the new model at plan week 0, which gives the
     * coordinators booking work at once, but hires its 2 coordinators with an 8-week lag: in
     * plan weeks 0–7 nobody is there while work waits, so every replication is short in each.
     */
    @Test
    void aWeekWithNobodyWhileWorkWaitsIsShort() {
        for (ReplicationResult r : Runs.withWeekly(SalesPresets.transitionSalespeopleFirst(), REPS)) {
            double[] shortfall = r.weekly().get("role.sales_coordinator.shortfall_probability");
            double[] headcount = r.weekly().get("role.sales_coordinator.headcount");
            double[] waiting = r.weekly().get("role.sales_coordinator.queue_length");
            for (int w = WARMUP; w < WARMUP + 8; w++) {
                assertEquals(0.0, headcount[w], "plan week " + (w - WARMUP) + ": before the hires arrive");
                assertTrue(waiting[w] > 0, "plan week " + (w - WARMUP) + ": booking work waits");
                assertEquals(1.0, shortfall[w], "plan week " + (w - WARMUP));
            }
            assertFalse(Double.isNaN(shortfall[WARMUP + 8]), "the coordinators are there from plan week 8");
            assertCountsTheSameWeeks(r, "sales_coordinator");
            assertTrue(r.values().get("role.sales_coordinator.shortfall_weeks") >= 8);
        }
    }

    /**
     * transition-factory-door-first has no project leader until 4 salespeople are reassigned at
     * plan week 20, when the switch to the new model also brings their work: before then nobody
     * is there and nothing waits, so those weeks are not judged (NaN), and every later week is.
     */
    @Test
    void aWeekWithNobodyAndNothingWaitingIsNotJudged() {
        for (ReplicationResult r : Runs.withWeekly(SalesPresets.transitionFactoryDoorFirst(), REPS)) {
            double[] shortfall = r.weekly().get("role.project_leader.shortfall_probability");
            for (int w = 0; w < shortfall.length; w++) {
                assertEquals(w < WARMUP + 20, Double.isNaN(shortfall[w]), "run week " + w);
            }
            assertCountsTheSameWeeks(r, "project_leader");
        }
    }

    /** shortfall_weeks (the summary value) sums exactly the weekly series after warm-up, so the two numbers never disagree. */
    private static void assertCountsTheSameWeeks(ReplicationResult r, String role) {
        double[] shortfall = r.weekly().get("role." + role + ".shortfall_probability");
        double sum = 0;
        for (int w = WARMUP; w < shortfall.length; w++) {
            sum += Double.isNaN(shortfall[w]) ? 0 : shortfall[w];
        }
        assertEquals(sum, r.values().get("role." + role + ".shortfall_weeks"), role);
    }
}
