package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.HeadcountSizing;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.schema.KeyPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes roles by simulation: the cheapest head counts at which each role passes its test
 * ({@link SizableRole#meets}) in at least {@code targetProbability} of the replications, the
 * other roles held at the scenario's values. The search is {@link HeadcountSizing}'s
 * coordinate bisection (more heads never hurt a role's own protective capacity); every
 * candidate runs on the same seed, so candidates are compared on common random numbers.
 */
public final class Sizing {

    /** A role's verdict at some head counts: its mean metric and the share of replications that passed. */
    public record RoleOutcome(SizableRole role, int headcount, double metricMean, double shareMeeting, boolean meets) {
    }

    /** The answer, how many head-count vectors were simulated, and the sized scenario (runs as is). */
    public record Result(List<RoleOutcome> roles, boolean feasible, int evaluations, double payrollBeforePerYear,
                         double payrollPerYear, double targetProbability, Scenario sized) {
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
        private final Map<String, List<RoleOutcome>> seen = new HashMap<>();
        private final Listener listener;

        public Evaluator(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options) {
            this(base, roles, targetProbability, options, Listener.NONE);
        }

        public Evaluator(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options,
                         Listener listener) {
            if (!(targetProbability > 0 && targetProbability <= 1)) {
                throw new IllegalArgumentException("target probability must be in (0, 1], was " + targetProbability);
            }
            this.base = base;
            this.roles = List.copyOf(roles);
            this.targetProbability = targetProbability;
            this.options = options;
            this.listener = listener;
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
            List<RoleOutcome> known = seen.get(key);
            if (known == null) {
                known = simulate(headcounts);
                seen.put(key, known);
                listener.evaluated(seen.size(), headcounts.clone(), known);
            }
            return known;
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
            ExperimentResult result = Experiment.run(scenario(headcounts), options);
            List<RoleOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                SizableRole role = roles.get(i);
                double[] values = result.values(role.metric());
                int passed = 0;
                for (double value : values) {
                    passed += role.meets(value) ? 1 : 0;
                }
                double share = (double) passed / values.length;
                outcomes.add(new RoleOutcome(role, headcounts[i], Summary.of(values).mean(), share,
                        share >= targetProbability));
            }
            return outcomes;
        }
    }

    private Sizing() {
    }

    /**
     * @param roles the roles to size, from {@link Scenario#sizableRoles}; every other head count stays as it is
     */
    public static Result run(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options) {
        return run(base, roles, targetProbability, options, Listener.NONE);
    }

    public static Result run(Scenario base, List<SizableRole> roles, double targetProbability, RunOptions options,
                             Listener listener) {
        Evaluator evaluator = new Evaluator(base, roles, targetProbability, options, listener);
        HeadcountSizing.Result found = HeadcountSizing.search(toSearch(roles), evaluator);
        double before = 0;
        for (SizableRole role : roles) {
            before += role.headcount() * role.salaryPerYear();
        }
        return new Result(evaluator.outcomes(found.headcounts()), found.feasible(), found.evaluations(), before,
                found.payrollPerYear(), targetProbability, renamed(evaluator.scenario(found.headcounts())));
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
