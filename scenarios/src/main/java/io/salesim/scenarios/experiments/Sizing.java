package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.HeadcountSizing;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.schema.KeyPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Sizes roles by simulation: the cheapest head counts at which, for each role, at least
 * {@code targetProbability} of the (week, replication) cells after warm-up meet its target
 * ({@link SizableRole.WeekTest}), pooled over every judged week of every replication, the other
 * roles held at the scenario's values. Judging weeks rather than the run's average keeps a
 * role that is comfortable on average but short for months from passing. The search is
 * {@link HeadcountSizing}'s coordinate bisection (more heads never hurt a role's own weeks);
 * every candidate runs on the same seed, so candidates are compared on common random numbers.
 */
public final class Sizing {

    /**
     * A role's verdict at some head counts.
     *
     * @param utilizationMean the role's utilisation after warm-up, mean across replications
     * @param weeks           its judged weeks, pooled over replications: the verdict's evidence
     * @param meets           at least the target share of the judged cells meet the target
     */
    public record RoleOutcome(SizableRole role, int headcount, double utilizationMean, WeekCounts weeks, boolean meets) {
    }

    /** One simulated head-count vector: its number (from 1), each role's outcome there, its payroll. */
    public record Evaluation(int number, List<RoleOutcome> outcomes, double payrollPerYear) {
        /** Every role meets its target at these head counts. */
        public boolean feasible() {
            return outcomes.stream().allMatch(RoleOutcome::meets);
        }
    }

    /**
     * The answer, how many head-count vectors were simulated, and the sized scenario (runs as is).
     * A search stopped early ({@code complete} false) answers with the cheapest feasible vector
     * it had evaluated ({@code roles} empty and {@code sized} null if none was).
     *
     * @param answer      the evaluation the answer comes from (0 if there is none)
     * @param evaluated   every evaluation finished, in order
     */
    public record Result(List<RoleOutcome> roles, boolean feasible, int evaluations, double payrollBeforePerYear,
                         double payrollPerYear, double targetProbability, Scenario sized, boolean complete,
                         int answer, List<Evaluation> evaluated) {
    }

    /** Told after each new evaluation (from the search's thread), e.g. to show progress. */
    @FunctionalInterface
    public interface Listener {
        void evaluated(int evaluation, int[] headcounts, List<RoleOutcome> outcomes);

        Listener NONE = (evaluation, headcounts, outcomes) -> { };
    }

    /** Runs a scenario at given head counts and remembers each role's outcome there. */
    public static final class Evaluator implements HeadcountSizing.Evaluator {
        private final Scenario base;
        private final List<SizableRole> roles;
        private final double targetProbability;
        private final RunOptions options;
        private final Map<String, Evaluation> seen = new LinkedHashMap<>();
        private final Listener listener;
        private final BooleanSupplier stop;

        public Evaluator(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options) {
            this(base, roles, targetProbability, options, Listener.NONE, () -> false);
        }

        /**
         * @param stop once true, no new evaluation starts and the one under way stops after the
         *             replications in progress; either way {@link #outcomes} throws {@link Stopped}
         */
        public Evaluator(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options,
                         Listener listener, BooleanSupplier stop) {
            if (!(targetProbability > 0 && targetProbability <= 1)) {
                throw new IllegalArgumentException("target probability must be in (0, 1], was " + targetProbability);
            }
            this.base = base;
            this.roles = List.copyOf(roles);
            this.targetProbability = targetProbability;
            this.options = options;
            this.listener = listener;
            this.stop = stop;
        }

        @Override
        public boolean[] meetsTarget(int[] headcounts) {
            List<RoleOutcome> outcomes = outcomes(headcounts);
            boolean[] meets = new boolean[outcomes.size()];
            for (int i = 0; i < meets.length; i++) {
                meets[i] = outcomes.get(i).meets();
            }
            return meets;
        }

        /** Each role's outcome at these head counts (simulated once, then remembered). */
        public synchronized List<RoleOutcome> outcomes(int[] headcounts) {
            String key = Arrays.toString(headcounts);
            Evaluation known = seen.get(key);
            if (known == null) {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                List<RoleOutcome> outcomes = simulate(headcounts);
                known = new Evaluation(seen.size() + 1, outcomes, payroll(outcomes));
                seen.put(key, known);
                listener.evaluated(known.number(), headcounts.clone(), outcomes);
            }
            return known.outcomes();
        }

        /** The evaluation of these head counts (they must have been evaluated). */
        synchronized Evaluation evaluation(int[] headcounts) {
            return seen.get(Arrays.toString(headcounts));
        }

        /** Every evaluation so far, in order. */
        public synchronized List<Evaluation> evaluations() {
            return List.copyOf(seen.values());
        }

        /** The scenario with these head counts. */
        public Scenario scenario(int[] headcounts) {
            Map<KeyPath, String> values = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                values.put(KeyPath.parse(roles.get(i).headcountKey()), Integer.toString(headcounts[i]));
            }
            try {
                return Overrides.apply(base, values);
            } catch (ScenarioException e) {
                // a head count inside the role's own range was refused: the kind's range is wrong
                throw new IllegalStateException("head counts " + Arrays.toString(headcounts) + " refused:\n" + e.getMessage(), e);
            }
        }

        private List<RoleOutcome> simulate(int[] headcounts) {
            WeekCounts[] weeks = new WeekCounts[roles.size()];
            Arrays.fill(weeks, WeekCounts.NONE);
            // the runner hands over replications one at a time, in order: the counts are the same for any thread count
            ExperimentResult result = Experiment.run(scenario(headcounts), options, ReplicationRunner.Progress.NONE, stop,
                    replication -> {
                        for (int i = 0; i < weeks.length; i++) {
                            weeks[i] = weeks[i].plus(weeklySeries(replication, roles.get(i)), roles.get(i).weekTest());
                        }
                    });
            if (!result.complete()) {
                // a verdict from fewer replications than the others is not comparable with them: drop it
                throw new Stopped();
            }
            List<RoleOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                SizableRole role = roles.get(i);
                outcomes.add(new RoleOutcome(role, headcounts[i], Summary.of(result.values(role.utilizationMetric())).mean(),
                        weeks[i], weeks[i].meets(targetProbability)));
            }
            return outcomes;
        }

        private static double[] weeklySeries(ReplicationResult replication, SizableRole role) {
            double[] series = replication.weekly().get(role.weekTest().metric());
            if (series == null) {
                throw new IllegalStateException("role '" + role.name() + "': the model has no weekly series "
                        + role.weekTest().metric());
            }
            return series;
        }
    }

    /** Thrown out of the search when the stop supplier trips: the evaluations finished so far stand. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("sizing stopped", null, false, false);
        }
    }

    private Sizing() {
    }

    /**
     * @param roles the roles to size, from {@link Scenario#sizableRoles}; every other head count stays as it is
     */
    public static Result run(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options) {
        return run(base, roles, targetProbability, options, Listener.NONE, () -> false);
    }

    /**
     * @param stop once true (Ctrl-C), no new evaluation starts and the one under way is dropped
     *             after its replications in progress; the result is then marked incomplete
     */
    public static Result run(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options,
                             Listener listener, BooleanSupplier stop) {
        Evaluator evaluator = new Evaluator(base, roles, targetProbability, options, listener, stop);
        double before = 0;
        for (SizableRole role : roles) {
            before += role.headcount() * role.salaryPerYear();
        }
        HeadcountSizing.Result found;
        try {
            found = HeadcountSizing.search(toSearch(roles), evaluator);
        } catch (Stopped e) {
            return partial(evaluator, before, targetProbability);
        }
        Evaluation answer = evaluator.evaluation(found.headcounts());
        return new Result(answer.outcomes(), found.feasible(), found.evaluations(), before, found.payrollPerYear(),
                targetProbability, renamed(evaluator.scenario(found.headcounts())), true, answer.number(),
                evaluator.evaluations());
    }

    /** A stopped search: the cheapest feasible vector evaluated so far (the first of equals), if any. */
    private static Result partial(Evaluator evaluator, double payrollBefore, double targetProbability) {
        List<Evaluation> done = evaluator.evaluations();
        Evaluation best = null;
        for (Evaluation evaluation : done) {
            if (evaluation.feasible() && (best == null || evaluation.payrollPerYear() < best.payrollPerYear())) {
                best = evaluation;
            }
        }
        if (best == null) {
            return new Result(List.of(), false, done.size(), payrollBefore, Double.NaN, targetProbability, null, false, 0, done);
        }
        int[] counts = best.outcomes().stream().mapToInt(RoleOutcome::headcount).toArray();
        return new Result(best.outcomes(), true, done.size(), payrollBefore, best.payrollPerYear(), targetProbability,
                renamed(evaluator.scenario(counts)), false, best.number(), done);
    }

    private static double payroll(List<RoleOutcome> outcomes) {
        double total = 0;
        for (RoleOutcome outcome : outcomes) {
            total += outcome.headcount() * outcome.role().salaryPerYear();
        }
        return total;
    }

    /**
     * The sized scenario named {@code <name>-sized}, so a comparison with the original tells
     * them apart; unchanged if its kind has no {@code name} key. Stream seeds do not depend on
     * the name, so the results stay the same.
     */
    private static Scenario renamed(Scenario sized) {
        try {
            return Overrides.apply(sized, Map.of(KeyPath.parse("name"), sized.name() + "-sized"));
        } catch (ScenarioException e) {
            return sized;
        }
    }

    /** The roles as {@link HeadcountSizing} sees them. */
    public static List<HeadcountSizing.Role> toSearch(List<SizableRole> roles) {
        return roles.stream()
                .map(r -> new HeadcountSizing.Role(r.name(), r.minHeadcount(), r.maxHeadcount(), r.salaryPerYear()))
                .toList();
    }
}
