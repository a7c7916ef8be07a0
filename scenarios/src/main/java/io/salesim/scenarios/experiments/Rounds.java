package io.salesim.scenarios.experiments;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.scenarios.RunChecks;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.core.engine.WeeklyAccumulator;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs several scenarios on the same seed (common random numbers), advancing them together in
 * rounds of 10 replications (or twice the threads): a run stopped with Ctrl-C leaves every
 * scenario with about as many replications, so replication r can still be paired with
 * replication r. How far each scenario goes is a {@link Growth} rule: a fixed number; a
 * {@link Precision}, until the headline metrics are tight enough or the cap is reached, jointly
 * (every scenario grows to what the worst metric of any of them needs, so they stay paired:
 * compare) or each scenario on its own (sweep points); or a {@link Selection}, until one plan is left.
 */
final class Rounds {
    private static final int MIN_ROUND = 10;

    /**
     * @param results        each scenario's result, under its given name, with every replication it finished
     * @param paired         replications every scenario finished
     * @param limitingMetric with a precision: the metric, over all scenarios, that needed the most replications
     * @param limits         with a precision: each scenario's own limiting metric (else empty)
     */
    /**
     * @param warnings  each scenario's run diagnostics ({@link RunChecks}), judged on all its replications
     * @param blockedBy with a precision, per scenario: the first warning that says the mean of its
     *                  limiting metric is off (null for none); {@code overallBlockedBy} the same for
     *                  the overall limiting metric in any scenario
     */
    record Outcome(List<ExperimentResult> results, int paired, boolean complete, String limitingMetric,
                   boolean precisionReached, List<Precision.Limit> limits, List<List<Diagnostic>> warnings,
                   List<Diagnostic> blockedBy, Diagnostic overallBlockedBy) {
    }

    private Rounds() {
    }

    /**
     * How far each scenario runs: where it starts and, each time every scenario has reached its
     * goal, whether any goes further. Called in replication order with the same results for any
     * thread count, so the goals (and the replications run) never depend on threads.
     */
    interface Growth {
        /** The first goal, the same for every scenario. */
        int initialReplications();

        /**
         * Raises {@code goal[i]} of the scenarios that need more replications.
         *
         * @param latest each scenario's result so far (all have reached their goals)
         * @return false when no goal was raised: the run ends
         */
        boolean grow(ExperimentResult[] latest, int[] goal);
    }

    /**
     * @param headline  each scenario's headline metrics, judged against the precision
     * @param precision null to run exactly {@code options.replications()} each
     * @param jointly   with a precision: grow every scenario together (true) or each on its own
     */
    static Outcome run(List<Scenario> scenarios, List<String> names, List<List<String>> headline, RunOptions options,
                       Precision precision, boolean jointly, ReplicationRunner.Progress progress, BooleanSupplier stop) {
        if (precision == null) {
            return run(scenarios, names, options, fixed(options.replications()), progress, stop);
        }
        ToPrecision growth = new ToPrecision(precision, headline, jointly);
        List<RunChecks> checks = checks(scenarios);
        Outcome outcome = run(scenarios, names, options, growth, progress, stop, checks);
        Precision.Limit overall = growth.overall;
        List<Precision.Limit> perScenario = overall == null ? List.of() : List.copyOf(Arrays.asList(growth.limits));
        List<Diagnostic> blocked = new ArrayList<>();
        Diagnostic overallBlocked = null;
        for (int i = 0; i < scenarios.size(); i++) {
            Precision.Limit limit = i < perScenario.size() ? perScenario.get(i) : null;
            List<Diagnostic> warnings = outcome.warnings().get(i);
            blocked.add(limit == null || limit.metric() == null ? null
                    : checks.get(i).firstBiasing(warnings, limit.metric()));
            if (overallBlocked == null && overall != null && overall.metric() != null) {
                overallBlocked = checks.get(i).firstBiasing(warnings, overall.metric());
            }
        }
        return new Outcome(outcome.results(), outcome.paired(), outcome.complete(), overall == null ? null : overall.metric(),
                overall != null && overall.reached(), perScenario, outcome.warnings(), Collections.unmodifiableList(blocked),
                overallBlocked);
    }

    private static List<RunChecks> checks(List<Scenario> scenarios) {
        return scenarios.stream().map(scenario -> RunChecks.of(scenario, scenarios.size())).toList();
    }

    /** Runs until the growth rule raises no goal (or {@code stop}); the outcome carries no precision limits. */
    static Outcome run(List<Scenario> scenarios, List<String> names, RunOptions options, Growth growth,
                       ReplicationRunner.Progress progress, BooleanSupplier stop) {
        return run(scenarios, names, options, growth, progress, stop, checks(scenarios));
    }

    private static Outcome run(List<Scenario> scenarios, List<String> names, RunOptions options, Growth growth,
                               ReplicationRunner.Progress progress, BooleanSupplier stop, List<RunChecks> checks) {
        int k = scenarios.size();
        List<List<ReplicationResult>> replications = new ArrayList<>();
        List<WeeklyAccumulator> weekly = new ArrayList<>();
        ExperimentResult[] latest = new ExperimentResult[k];
        int[] goal = new int[k];
        int[] target = new int[k];
        // plans advance together in rounds, so Ctrl-C leaves every plan with about as many replications to pair
        int round = Math.max(MIN_ROUND, 2 * options.runner().parallelism(options.threads()));
        for (int i = 0; i < k; i++) {
            replications.add(List.of());
            weekly.add(new WeeklyAccumulator());
            goal[i] = growth.initialReplications();
            target[i] = Math.min(goal[i], round);
        }
        boolean stopped = false;
        while (true) {
            int done = replications.stream().mapToInt(List::size).sum();
            int planned = Arrays.stream(goal).sum();
            // one round: every scenario short of its target, handed to the runner together, results in scenario order
            List<Integer> running = new ArrayList<>();
            List<Replications.Batch> batches = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                int have = replications.get(i).size();
                if (have < target[i]) {
                    running.add(i);
                    batches.add(new Replications.Batch(scenarios.get(i), have, target[i] - have, replications.get(i),
                            weekly.get(i), checks.get(i)));
                }
            }
            if (!batches.isEmpty()) {
                int offset = done;
                List<ExperimentResult> ran = options.runner().run(batches, options.seed(), options.threads(),
                        (d, t) -> progress.replicationDone(offset + d, planned), stop);
                for (int b = 0; b < ran.size(); b++) {
                    int i = running.get(b);
                    replications.set(i, ran.get(b).replications());
                    latest[i] = ran.get(b);
                }
                stopped = ran.size() < batches.size() || ran.stream().anyMatch(result -> !result.complete());
            }
            if (stopped) {
                break;
            }
            if (advance(target, goal, round)) {
                continue;
            }
            if (!growth.grow(latest, goal)) {
                break;
            }
            advance(target, goal, round);
        }
        List<ExperimentResult> results = new ArrayList<>();
        List<List<Diagnostic>> warnings = new ArrayList<>();
        int paired = Integer.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            ExperimentResult result = latest[i];
            warnings.add(result == null || result.replications().isEmpty() ? List.of() : checks.get(i).judge(result));
            results.add(result == null
                    ? new ExperimentResult(names.get(i), options.seed(), List.of(), Map.of(), Map.of(), false)
                    : new ExperimentResult(names.get(i), result.seed(), result.replications(), result.meanings(),
                    result.weekly(), !stopped));
            paired = Math.min(paired, replications.get(i).size());
        }
        return new Outcome(results, paired, !stopped, null, true, List.of(), List.copyOf(warnings),
                Collections.nCopies(k, (Diagnostic) null), null);
    }

    /** Exactly {@code replications} each. */
    private static Growth fixed(int replications) {
        return new Growth() {
            @Override
            public int initialReplications() {
                return replications;
            }

            @Override
            public boolean grow(ExperimentResult[] latest, int[] goal) {
                return false;
            }
        };
    }

    /** Until the headline metrics are within the precision, or the cap; remembers the limiting metric of each scenario. */
    private static final class ToPrecision implements Growth {
        private final Precision precision;
        private final List<List<String>> headline;
        private final boolean jointly;
        private final Precision.Limit[] limits;
        private Precision.Limit overall;

        ToPrecision(Precision precision, List<List<String>> headline, boolean jointly) {
            this.precision = precision;
            this.headline = headline;
            this.jointly = jointly;
            this.limits = new Precision.Limit[headline.size()];
        }

        @Override
        public int initialReplications() {
            return precision.initialReplications();
        }

        @Override
        public boolean grow(ExperimentResult[] latest, int[] goal) {
            overall = null;
            for (int i = 0; i < latest.length; i++) {
                limits[i] = Precision.Limit.worst(latest[i], headline.get(i), precision.relative());
                overall = overall == null ? limits[i] : Precision.Limit.worse(overall, limits[i]);
            }
            boolean grown = false;
            for (int i = 0; i < latest.length; i++) {
                Precision.Limit judged = jointly ? overall : limits[i];
                if (!judged.reached() && goal[i] < precision.maxReplications()) {
                    goal[i] = SequentialReplications.nextTotal(goal[i], judged.relativeHalfWidth(), precision.relative(),
                            precision.maxReplications());
                    grown = true;
                }
            }
            return grown;
        }
    }

    /** Moves every target still short of its goal one round on; false if all had reached their goals. */
    private static boolean advance(int[] target, int[] goal, int round) {
        boolean moved = false;
        for (int i = 0; i < target.length; i++) {
            if (target[i] < goal[i]) {
                target[i] = Math.min(goal[i], target[i] + round);
                moved = true;
            }
        }
        return moved;
    }
}
