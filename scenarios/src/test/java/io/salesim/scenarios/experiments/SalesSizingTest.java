package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.SizableRole;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizing the bundled transitions by their weeks. The plans run 104 plan weeks after a 26-week
 * warm-up; the weeks a role is judged in follow from the plan's dates.
 */
class SalesSizingTest {
    private static final RunOptions OPTIONS = new RunOptions(8, 1, 2);

    private static SizableRole role(Scenario scenario, String name) {
        return scenario.sizableRoles(0.85).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The case that made averages wrong: division-of-labour's 4 project leaders, always staffed,
     * so all 104 plan weeks of every replication are judged. They run well under their 85%
     * target on average (67%, seed 1), which passed them, but above it in about one week in
     * five (19 of the 104 a replication): under the weekly rule, which needs 90% of weeks, they fail.
     */
    @Test
    void theFourProjectLeadersOfDivisionOfLabourNoLongerPass() throws Exception {
        Scenario steady = ScenarioLoader.load("division-of-labour");
        List<SizableRole> roles = steady.sizableRoles(0.85);
        int[] asFiled = roles.stream().mapToInt(SizableRole::headcount).toArray();
        Sizing.RoleOutcome four = new Sizing.Evaluator(steady, roles, 0.9, OPTIONS).outcomes(asFiled)
                .get(roles.indexOf(role(steady, "project_leader")));
        assertEquals(4, four.headcount());
        assertTrue(four.utilizationMean() < 0.85, "under target on average: " + four);
        assertEquals(104L * OPTIONS.replications(), four.weeks().judged());
        assertFalse(four.meets(), four.toString());
        assertTrue(four.weeks().shareMeeting() < 0.85, "about a week in five short: " + four);
        // the weeks sizing counts are the weeks 'salesim run' reports short (same seed)
        ExperimentResult run = Experiment.run(steady, OPTIONS);
        assertEquals(run.summary("role.project_leader.shortfall_weeks").mean(), four.weeks().missedPerReplication(), 1e-9);
    }

    /**
     * The same in a transition. transition-factory-door-first has no project leader until 4
     * salespeople are reassigned at plan week 20, with the switch that brings their work: plan
     * weeks 0–19 have nobody and nothing waiting and are not judged, leaving 84 a replication.
     * The four run under 85% on average but above it in about a third of those weeks, so they
     * fail. Leaders added from the start never lower the share of good weeks (what the bisection
     * relies on), and a few more meet the target.
     */
    @Test
    void fourReassignedProjectLeadersNoLongerPassTheFactoryDoorTransition() throws Exception {
        Scenario transition = ScenarioLoader.load("transition-factory-door-first");
        SizableRole leaders = role(transition, "project_leader");
        assertEquals(0, leaders.headcount(), "none at the start: the plan reassigns 4 at week 20");
        Sizing.Evaluator evaluator = new Sizing.Evaluator(transition, List.of(leaders), 0.9, OPTIONS);
        Sizing.RoleOutcome four = evaluator.outcomes(new int[] {0}).get(0);
        WeekCounts weeks = four.weeks();
        assertEquals(104, weeks.weeksPerReplication());
        assertEquals(84L * OPTIONS.replications(), weeks.judged());
        assertTrue(four.utilizationMean() < 0.85, "under target on average: " + four);
        assertFalse(four.meets(), four.toString());
        assertTrue(weeks.shareMeeting() < 0.8, four.toString());

        double previous = weeks.shareMeeting();
        for (int extra = 1; extra <= 3; extra++) {
            double share = evaluator.outcomes(new int[] {extra}).get(0).weeks().shareMeeting();
            assertTrue(share >= previous, extra + " extra: " + share + " after " + previous);
            previous = share;
        }
        assertTrue(evaluator.outcomes(new int[] {3}).get(0).meets(), "three more from the start: " + previous);
    }

    /**
     * transition-salespeople-first gives coordinators work at plan week 0 but its 2 hires arrive
     * at week 8: those 8 weeks have nobody while work waits, and count as short, so every one of
     * the 104 plan weeks is judged and at least 8 a replication miss.
     */
    @Test
    void weeksWithNobodyWhileWorkWaitsCountAgainstTheRole() throws Exception {
        Scenario transition = ScenarioLoader.load("transition-salespeople-first");
        Sizing.RoleOutcome none = new Sizing.Evaluator(transition, List.of(role(transition, "sales_coordinator")), 0.9, OPTIONS)
                .outcomes(new int[] {0}).get(0);
        assertEquals(104L * OPTIONS.replications(), none.weeks().judged());
        assertTrue(none.weeks().missedPerReplication() >= 8, none.toString());
        assertTrue(none.weeks().shareMeeting() <= 1 - 8.0 / 104, none.toString());
    }
}
