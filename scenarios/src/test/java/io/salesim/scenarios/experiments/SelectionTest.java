package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.schema.KeyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Kim–Nelson selection on configurations whose best plan is known: its probability of correct
 * selection over many macro-replications (each a whole selection on its own seed) must reach the
 * nominal one, less a binomial margin (one-sided, 99%: a procedure exactly at 95% fails one run in 100).
 */
class SelectionTest {
    private static final double PCS = 0.95;
    private static final int FIRST_STAGE = 10;

    /** Correct selections over macro-replications, with their share and its Wilson 95% interval for messages. */
    private record Tally(int correct, int macros) {
        double share() {
            return (double) correct / macros;
        }

        /** The fewest correct selections consistent with a true PCS of {@code nominal}, at one-sided 99%. */
        static int required(int macros, double nominal) {
            double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.99);
            return (int) Math.ceil(macros * (nominal - z * Math.sqrt(nominal * (1 - nominal) / macros)));
        }

        @Override
        public String toString() {
            double z = 1.959964;
            double p = share();
            double centre = (p + z * z / (2 * macros)) / (1 + z * z / macros);
            double half = z / (1 + z * z / macros) * Math.sqrt(p * (1 - p) / macros + z * z / (4.0 * macros * macros));
            return String.format(Locale.ROOT, "%d of %d correct: PCS %.4f, Wilson 95%% [%.4f, %.4f]", correct, macros, p,
                    centre - half, centre + half);
        }
    }

    private static Selection.Result select(List<Scenario> plans, String metric, double indifference, long seed, int max,
                                           int threads) {
        return Selection.run(plans, new RunOptions(FIRST_STAGE, seed, threads), new Selection.Settings(metric, indifference, PCS, max),
                Selection.Listener.NONE, ReplicationRunner.Progress.NONE, () -> false);
    }

    /** Runs {@code macros} selections on seeds 1, 2, ...; counts those whose selected plan is among {@code good}. */
    private static Tally macroReplications(List<Scenario> plans, String metric, double indifference, int macros, Set<String> good) {
        int correct = 0;
        for (int m = 1; m <= macros; m++) {
            Selection.Result result = select(plans, metric, indifference, m, RunOptions.MAX_REPLICATIONS, 1);
            assertTrue(result.complete(), "macro-replication " + m + " did not finish");
            if (good.contains(result.selected())) {
                correct++;
            }
        }
        return new Tally(correct, macros);
    }

    @Test
    void inTheSlippageConfigurationTheBestIsSelectedWithAtLeastTheNominalProbability() {
        // the least favourable configuration: one plan exactly δ = 1 ahead of three equal ones,
        // unequal variances, every pair correlated 0.5 through the common random numbers
        List<Scenario> plans = List.of(NormalPlans.plan("a", 0, 1.0, 0.5), NormalPlans.plan("b", 0, 2.0, 0.5),
                NormalPlans.plan("best", 1, 1.5, 0.5), NormalPlans.plan("d", 0, 2.5, 0.5));
        int macros = 400;
        Tally tally = macroReplications(plans, NormalPlans.METRIC, 1.0, macros, Set.of("best"));
        assertTrue(tally.correct() >= Tally.required(macros, PCS), tally + "; needed " + Tally.required(macros, PCS));
    }

    @Test
    void withSomePlansInsideTheZoneAPlanWithinItOfTheBestIsSelectedWithTheNominalProbability() {
        // "good" is within δ of the best, the others 2δ behind: selecting best or good is correct
        List<Scenario> plans = List.of(NormalPlans.plan("bad", -1, 2.0, 0.3), NormalPlans.plan("good", 0.5, 2.0, 0.3),
                NormalPlans.plan("best", 1, 2.0, 0.3), NormalPlans.plan("bad-2", -1, 3.0, 0.3));
        int macros = 200;
        Tally tally = macroReplications(plans, NormalPlans.METRIC, 1.0, macros, Set.of("best", "good"));
        assertTrue(tally.correct() >= Tally.required(macros, PCS), tally + "; needed " + Tally.required(macros, PCS));
    }

    @Test
    void whenEveryPlanIsWithinTheZoneAnySelectionIsCorrectAndTheProcedureStillStops() {
        List<Scenario> plans = List.of(NormalPlans.plan("a", 0, 2.0, 0.5), NormalPlans.plan("b", 0.3, 2.0, 0.5),
                NormalPlans.plan("c", 0.6, 2.0, 0.5));
        for (int m = 1; m <= 50; m++) {
            Selection.Result result = select(plans, NormalPlans.METRIC, 1.0, m, RunOptions.MAX_REPLICATIONS, 1);
            assertTrue(result.complete() && result.selected() != null, "macro-replication " + m);
            assertEquals(List.of(result.selected()), result.inContention());
            int used = result.plans().stream().mapToInt(Selection.Plan::replications).max().orElseThrow();
            // KN stops by stage 1 + ⌊h² S²/δ²⌋: S² ≈ 2² + 2² − 2·0.5·2·2 = 4 and h² = 8.51 (k = 3, n0 = 10, PCS 0.95)
            // give about 35, far below the cap
            assertTrue(used < 200, "macro-replication " + m + " used " + used);
        }

        // the same plan twice: every difference is 0, so nothing can ever be eliminated; it stops after the first stage
        Scenario twice = NormalPlans.plan("same", 0, 2.0, 0.5);
        Selection.Result tie = select(List.of(twice, twice), NormalPlans.METRIC, 1.0, 5, 100, 1);
        assertTrue(tie.complete());
        assertEquals("same", tie.selected(), "a tie goes to the earlier plan");
        assertEquals(List.of(FIRST_STAGE, FIRST_STAGE), tie.plans().stream().map(Selection.Plan::replications).toList());
    }

    @Test
    void onAnMmcLineTheNumberOfServersErlangCSaysWaitsLeastIsSelected() throws Exception {
        // Erlang C, λ = 2.7/h, μ = 1/h: Wq = 2.7235 h (3 servers), 0.3005 h (4), 0.0732 h (5); with δ = 0.1 h
        // five servers are more than δ better than four, which are better than three
        double indifferenceHours = 0.1;
        assertTrue(QueueingTheory.mmcWaitInQueue(2.7, 1, 4) - QueueingTheory.mmcWaitInQueue(2.7, 1, 5) > indifferenceHours);
        List<Scenario> plans = new ArrayList<>();
        for (int servers : new int[] {4, 3, 5}) {
            // a shorter run than the bundled one keeps 100 selections quick; the warm-up removes the empty start
            plans.add(Overrides.apply(ScenarioLoader.load("mmc"), Map.of(KeyPath.parse("horizon.weeks"), "12",
                    KeyPath.parse("horizon.warmup_weeks"), "2", KeyPath.parse("stations[0].servers"), Integer.toString(servers))));
        }
        int macros = 100;
        Tally tally = macroReplications(plans, "station.desk.wait_hours", indifferenceHours, macros, Set.of("mmc-3"));
        assertTrue(tally.correct() >= Tally.required(macros, PCS), tally + "; needed " + Tally.required(macros, PCS));
        Selection.Result one = select(plans, "station.desk.wait_hours", indifferenceHours, 1, 500, 2);
        assertFalse(one.higherIsBetter(), "waits are better lower");
        assertEquals("mmc-3", one.selected());
        assertTrue(one.plans().get(1).eliminated(), "three servers are out: " + one.plans());
    }

    @Test
    void atTheReplicationLimitItSaysSoAndNamesThePlansStillInContention() {
        // two plans 0.1 apart with noise 2: telling them apart at δ = 0.1 takes thousands of replications
        List<Scenario> plans = List.of(NormalPlans.plan("a", 0, 2.0, 0.2), NormalPlans.plan("b", 0.1, 2.0, 0.2),
                NormalPlans.plan("far-behind", -50, 2.0, 0.2));
        Selection.Result result = select(plans, NormalPlans.METRIC, 0.1, 3, 25, 2);
        assertFalse(result.complete());
        assertTrue(result.limitReached());
        assertNull(result.selected());
        assertEquals(List.of("a", "b"), result.inContention());
        assertEquals(List.of(25, 25, FIRST_STAGE), result.plans().stream().map(Selection.Plan::replications).toList());
        assertEquals(FIRST_STAGE, result.plans().get(2).eliminatedAt(), "50 behind is out at the first screening");
        assertTrue(result.guarantee().startsWith("No plan selected: the limit of 25 replications per plan was reached with a, b"),
                result.guarantee());
        assertEquals(25, result.comparison().plans().get(0).replications().size(), "no plan runs past the limit");
    }

    @Test
    void aStoppedSelectionIsIncompleteButNotAtTheLimit() {
        List<Scenario> plans = List.of(NormalPlans.plan("a", 0, 2.0, 0.2), NormalPlans.plan("b", 0.1, 2.0, 0.2));
        AtomicInteger done = new AtomicInteger();
        Selection.Result result = Selection.run(plans, new RunOptions(FIRST_STAGE, 3, 1),
                new Selection.Settings(NormalPlans.METRIC, 0.1, PCS, 1000), Selection.Listener.NONE,
                (d, t) -> done.set(d), () -> done.get() >= 25);
        assertFalse(result.complete());
        assertFalse(result.limitReached());
        assertFalse(result.comparison().complete());
        assertTrue(result.guarantee().contains("stopped early"), result.guarantee());
    }

    @Test
    void theSelectionAndTheReplicationsRunAreTheSameForAnyThreadCount() {
        List<Scenario> plans = List.of(NormalPlans.plan("a", 0, 1.0, 0.5), NormalPlans.plan("b", 0.4, 2.0, 0.5),
                NormalPlans.plan("c", 0.5, 1.5, 0.5));
        Selection.Result one = select(plans, NormalPlans.METRIC, 0.2, 7, 2000, 1);
        for (int threads : new int[] {3, 8}) {
            Selection.Result many = select(plans, NormalPlans.METRIC, 0.2, 7, 2000, threads);
            assertEquals(one.plans(), many.plans(), threads + " threads");
            assertEquals(one.selected(), many.selected());
            assertEquals(one.comparison().plans().stream().map(p -> p.replications().size()).toList(),
                    many.comparison().plans().stream().map(p -> p.replications().size()).toList());
        }
        assertNotNull(one.selected());
        assertTrue(one.plans().stream().anyMatch(p -> p.replications() > FIRST_STAGE), "went past the first stage: " + one.plans());
    }

    @Test
    void theGuaranteeSaysWhatIsGuaranteedInTheMetricsUnit() {
        Selection.Result result = select(List.of(NormalPlans.plan("a", 0, 1.0, 0.5), NormalPlans.plan("b", 100, 1.0, 0.5)),
                NormalPlans.METRIC, 250_000, 1, 100, 1);
        assertEquals("b", result.selected());
        assertEquals("With probability at least 95%, the selected plan's true mean cumulative net (synthetic.cumulative_net)"
                + " is within $250,000 of the best plan's.", result.guarantee());
        assertEquals("0.05 hours", Selection.amount(0.05, "hours"));
    }
}
