package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.analysis.HeadcountSizing;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SizingTest {
    private static final RunOptions OPTIONS = new RunOptions(10, 5, 2);

    /** The flow line's roles with the search range cut to 1..5 so exhaustive search stays small (25 vectors). */
    private static List<SizableRole> smallRoles(Scenario scenario) {
        return scenario.sizableRoles(0.85).stream()
                .map(r -> new SizableRole(r.name(), r.headcountKey(), r.headcount(), 1, 5, r.salaryPerYear(),
                        r.utilizationMetric(), r.maxUtilization(), r.weekTest()))
                .toList();
    }

    @Test
    void flowLinesOfferEveryStationsServersJudgedOnTheirWeeklyUtilisation() {
        List<SizableRole> roles = Lines.twoStations().sizableRoles(0.8);
        SizableRole b = roles.get(1);
        assertEquals("stations[1].servers", b.headcountKey());
        assertEquals("station.b.utilization", b.utilizationMetric());
        assertEquals(0.8, b.maxUtilization());
        assertEquals(new SizableRole.WeekTest("station.b.utilization", 0.8, 0), b.weekTest(), "no warm-up: every week counts");
        assertTrue(b.weekTest().meets(0.8) && !b.weekTest().meets(0.81), "at or below the target meets it");
        assertEquals(1, Lines.weeklyBatches("{constant: 1}").sizableRoles(0.85).get(0).weekTest().firstWeek(),
                "the first week after a one-week warm-up");
    }

    @Test
    void bisectionFindsTheSameHeadCountsAsExhaustiveSearchWithFewerEvaluations() {
        Scenario line = Lines.twoStations();
        List<SizableRole> roles = smallRoles(line);
        // a required share of 0.75: at 2 servers a runs at 75% on average and its weekly swings take it
        // over 85% in about one week in ten (5 of 40 at this seed), so 0.9 would sit on that edge
        Sizing.Result found = Sizing.run(line, roles, 0.75, OPTIONS);

        HeadcountSizing.Result exhaustive = HeadcountSizing.exhaustive(Sizing.toSearch(roles),
                new Sizing.Evaluator(line, roles, 0.75, OPTIONS));
        int[] sized = found.roles().stream().mapToInt(Sizing.RoleOutcome::headcount).toArray();
        assertArrayEquals(exhaustive.headcounts(), sized);
        // offered loads 1.5 and 2 servers: fewer than 2 at a or 3 at b run flat out every week
        assertArrayEquals(new int[] {2, 3}, sized);
        assertTrue(found.feasible());
        assertEquals(5.0, found.payrollPerYear());
        assertTrue(found.evaluations() < exhaustive.evaluations(), found.evaluations() + " vs " + exhaustive.evaluations());
    }

    @Test
    void theSizedScenarioReadBackFromItsYamlMeetsTheTargetShare() throws Exception {
        Scenario line = Lines.parse(Lines.TWO_STATIONS.replace("servers: 3", "servers: 1"));
        Sizing.Result found = Sizing.run(line, smallRoles(line), 0.9, OPTIONS);
        Scenario again = ScenarioLoader.parse(new ScenarioSource("sized.yaml", ScenarioLoader.resolvedYaml(found.sized())));
        assertEquals("two-stations-sized", again.name());
        int[] counts = found.roles().stream().mapToInt(Sizing.RoleOutcome::headcount).toArray();
        List<Sizing.RoleOutcome> sameSeed = new Sizing.Evaluator(again, smallRoles(again), 0.9, OPTIONS).outcomes(counts);
        for (int i = 0; i < counts.length; i++) {
            // same seed, same streams (the new name does not change them): exactly the weeks the search saw
            assertEquals(found.roles().get(i).weeks(), sameSeed.get(i).weeks(), found.roles().get(i).role().name());
        }
        for (Sizing.RoleOutcome outcome : found.roles()) {
            assertTrue(outcome.utilizationMean() < 0.7, "well under 85% on average: " + outcome);
        }
        for (RunOptions options : List.of(new RunOptions(20, 77, 2), new RunOptions(20, 78, 1))) {
            for (Sizing.RoleOutcome outcome : new Sizing.Evaluator(again, smallRoles(again), 0.9, options).outcomes(counts)) {
                // that far under the target, fresh seeds keep 90% of the weeks under it too
                assertTrue(outcome.meets(), outcome.toString());
            }
        }
    }

    /**
     * A role under its target on average but above it in a derivable share of its weeks fails.
     * Batches of 84 items (probability 0.8) or 160 (0.2): one desk runs at 84/168 = 0.50 or
     * 160/168 = 0.95 in a week, so the share of weeks at or below 0.85 is 0.8 in expectation,
     * below the required 0.9, although its mean utilisation is 0.8 × 0.50 + 0.2 × 0.95 = 0.59
     * and every replication's average passes. Two desks run at most 80/168 = 0.48: sized 2.
     */
    @Test
    void aRoleUnderItsTargetOnAverageButAboveItInAFifthOfItsWeeksFails() {
        Scenario line = Lines.weeklyBatches("{empirical: {values: [84, 160], probabilities: [0.8, 0.2]}}");
        List<SizableRole> roles = line.sizableRoles(0.85);
        Sizing.RoleOutcome one = new Sizing.Evaluator(line, roles, 0.9, OPTIONS).outcomes(new int[] {1}).get(0);
        assertFalse(one.meets(), one.toString());
        WeekCounts weeks = one.weeks();
        int cells = 50 * OPTIONS.replications();
        assertEquals(cells, weeks.judged(), "a desk is always staffed: every week after warm-up is judged");
        // binomial(500, 0.2) weeks above target: 99.9% two-sided band, z = 3.29
        double band = 3.29 * Math.sqrt(0.2 * 0.8 / cells);
        assertEquals(0.8, weeks.shareMeeting(), band);
        assertEquals(50 * (1 - weeks.shareMeeting()), weeks.missedPerReplication(), 1e-9, "every week judged");
        assertEquals(0.8 * 84 / 168 + 0.2 * 160 / 168, one.utilizationMean(), 3.29 * Math.sqrt(0.16 / cells) * 76 / 168);
        // the old test, each replication's average utilisation at or under 0.85, passes every replication
        double[] averages = Experiment.run(line, OPTIONS).values("station.desk.utilization");
        assertTrue(Arrays.stream(averages).allMatch(u -> u <= 0.85), Arrays.toString(averages));

        Sizing.Result sized = Sizing.run(line, roles, 0.9, OPTIONS);
        assertEquals(2, sized.roles().get(0).headcount());
        assertEquals(1.0, sized.roles().get(0).weeks().shareMeeting(), "two desks: 0.48 at most in any week");
    }

    /** Batches of 50 every week: utilisation 50/168 = 0.30 in each week, so every week meets 0.85 and one desk is enough. */
    @Test
    void aRoleComfortablyUnderItsTargetEveryWeekPasses() {
        Scenario line = Lines.weeklyBatches("{constant: 50}");
        Sizing.Result sized = Sizing.run(line, line.sizableRoles(0.85), 0.9, OPTIONS);
        Sizing.RoleOutcome desk = sized.roles().get(0);
        assertEquals(1, desk.headcount());
        assertTrue(desk.meets());
        assertEquals(new WeekCounts(OPTIONS.replications(), 50, 50L * OPTIONS.replications(), 0), desk.weeks());
        assertEquals(50.0 / 168, desk.utilizationMean(), 1e-9);
    }

    /**
     * Response: asking for a larger share of good weeks never sizes fewer desks. Batches of 60,
     * 120, 200 or 300 one-hour items (probabilities 0.4, 0.3, 0.2, 0.1) make weekly utilisation
     * swing: one desk is under 0.85 in at most the 70% of weeks with 60 or 120 (fewer, as big
     * batches spill into the next week), two desks in the 90% without a 300 (300/336 = 0.89),
     * three in every week (300/504 = 0.60). So the answer climbs from 1 desk to 3 across the shares.
     */
    @Test
    void raisingTheRequiredShareNeverLowersTheSizedHeadCount() {
        Scenario line = Lines.weeklyBatches("{empirical: {values: [60, 120, 200, 300], probabilities: [0.4, 0.3, 0.2, 0.1]}}");
        List<Integer> sized = new ArrayList<>();
        for (int step = 1; step <= 10; step++) {
            sized.add(Sizing.run(line, line.sizableRoles(0.85), step / 10.0, OPTIONS).roles().get(0).headcount());
        }
        for (int i = 1; i < sized.size(); i++) {
            assertTrue(sized.get(i) >= sized.get(i - 1), "shares 0.1..1.0 sized " + sized);
        }
        assertEquals(1, sized.get(0), "10% of good weeks: one desk " + sized);
        assertEquals(3, sized.get(sized.size() - 1), "every week: three desks " + sized);
    }

    /**
     * A stop that trips after N evaluations (as Ctrl-C would) ends the search there: the
     * evaluations done are those of the finished search, in the same order with the same
     * numbers (same seed), and the answer is the cheapest of them at which every role meets
     * its target, or none.
     */
    @Test
    void aStoppedSearchKeepsItsEvaluationsAndAnswersWithTheCheapestFeasibleSoFar() {
        Scenario line = Lines.twoStations();
        List<SizableRole> roles = smallRoles(line);
        Sizing.Result full = Sizing.run(line, roles, 0.9, OPTIONS);
        assertTrue(full.complete());
        assertEquals(full.evaluations(), full.evaluated().size());
        assertEquals(full.roles(), full.evaluated().get(full.answer() - 1).outcomes(), "the answer is one of the evaluations");
        boolean sawFeasible = false;
        boolean sawNone = false;
        for (int n = 1; n < full.evaluations(); n++) {
            int stopAfter = n;
            AtomicInteger done = new AtomicInteger();
            Sizing.Result stopped = Sizing.run(line, roles, 0.9, OPTIONS, (e, counts, outcomes) -> done.set(e),
                    () -> done.get() >= stopAfter);
            assertFalse(stopped.complete());
            assertEquals(n, stopped.evaluations());
            assertEquals(full.evaluated().subList(0, n), stopped.evaluated(), "the same evaluations as the finished search");
            Sizing.Evaluation cheapest = full.evaluated().subList(0, n).stream().filter(Sizing.Evaluation::feasible)
                    .min(Comparator.comparingDouble(Sizing.Evaluation::payrollPerYear)).orElse(null);
            if (cheapest == null) {
                sawNone = true;
                assertFalse(stopped.feasible());
                assertTrue(stopped.roles().isEmpty());
                assertNull(stopped.sized(), "no sized scenario without a feasible answer");
                assertEquals(0, stopped.answer());
            } else {
                sawFeasible = true;
                assertTrue(stopped.feasible());
                assertEquals(cheapest.number(), stopped.answer());
                assertEquals(cheapest.outcomes(), stopped.roles());
                assertEquals(cheapest.payrollPerYear(), stopped.payrollPerYear());
                assertEquals("two-stations-sized", stopped.sized().name());
            }
        }
        // the first evaluations probe one role at a time, so early stops have no feasible answer, late ones do
        assertTrue(sawNone && sawFeasible, "both cases occur: " + full.evaluated());
    }
}
