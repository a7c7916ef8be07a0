package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.Response;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs plans on common random numbers (replication r of every plan draws the same streams)
 * and compares each with the first, the baseline, through {@link PlanComparison}: paired
 * intervals, the share of replications an alternative did better, and the best plan per
 * metric with Bonferroni-adjusted intervals ("cannot tell" when they do not separate).
 * Plans advance together in rounds (of 10 replications, or twice the threads), so a run
 * stopped early, or one grown to a precision, still pairs replication r with replication r.
 */
public final class Comparison {
    public static final double CONFIDENCE = 0.95;

    /**
     * @param plans           each plan's own result (named uniquely), all its finished replications
     * @param paired          replications every plan finished: the comparison uses the first {@code paired}
     * @param metrics         metrics every plan reports, in the baseline's order
     * @param headlineMetrics the baseline scenario's headline metrics among them
     * @param limitingMetric  with a precision: the metric that needed the most replications (else null)
     * @param warnings        each plan's run diagnostics, in plan order
     * @param precisionBlockedBy with a precision reached: a warning in some plan that says the mean of the
     *                        limiting metric is off, so the precision is not claimed (else null)
     */
    public record Result(List<Scenario> scenarios, List<ExperimentResult> plans, int paired, List<String> metrics,
                         List<String> headlineMetrics, List<PlanComparison.Row> rows, List<PlanComparison.Best> best,
                         boolean complete, String limitingMetric, boolean precisionReached, List<List<Diagnostic>> warnings,
                         Diagnostic precisionBlockedBy) {
        public ExperimentResult baseline() {
            return plans.get(0);
        }
    }

    private Comparison() {
    }

    /** @param precision null to run exactly {@code options.replications()} per plan */
    public static Result run(List<Scenario> scenarios, RunOptions options, Precision precision,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        Metrics metrics = Metrics.of(scenarios);
        Rounds.Outcome outcome = Rounds.run(scenarios, uniqueNames(scenarios),
                scenarios.stream().map(Precision::precisionMetrics).toList(), options, precision, true, progress, stop);
        return compare(scenarios, metrics, outcome);
    }

    /** As {@link #run(List, RunOptions, Precision, ReplicationRunner.Progress, BooleanSupplier)}, grown by a rule of its own. */
    static Result grown(List<Scenario> scenarios, RunOptions options, Rounds.Growth growth, ReplicationRunner.Progress progress,
                        BooleanSupplier stop) {
        return compare(scenarios, Metrics.of(scenarios), Rounds.run(scenarios, uniqueNames(scenarios), options, growth, progress, stop));
    }

    /** The metrics every plan declares, the headline first in its order (what a board asks first), then the rest. */
    private record Metrics(List<String> all, List<String> headline) {
        static Metrics of(List<Scenario> scenarios) {
            if (scenarios.size() < 2) {
                throw new IllegalArgumentException("a comparison needs at least two plans");
            }
            List<String> common = commonMetrics(scenarios);
            List<String> headline = scenarios.get(0).headlineMetrics(scenarios.get(0).meanings()).stream()
                    .filter(common::contains).toList();
            List<String> all = new ArrayList<>(headline);
            common.stream().filter(m -> !headline.contains(m)).forEach(all::add);
            return new Metrics(all, headline);
        }
    }

    /** Each alternative against the baseline, and the best plan per metric, over the replications every plan finished. */
    private static Result compare(List<Scenario> scenarios, Metrics metricLists, Rounds.Outcome outcome) {
        List<String> metrics = metricLists.all();
        List<String> headline = metricLists.headline();
        List<ExperimentResult> plans = outcome.results();
        int paired = outcome.paired();
        List<PlanComparison.Row> rows = List.of();
        List<PlanComparison.Best> best = new ArrayList<>();
        if (paired >= 2) {
            List<ExperimentResult> prefixes = new ArrayList<>();
            for (ExperimentResult plan : plans) {
                prefixes.add(new ExperimentResult(plan.name(), plan.seed(), plan.replications().subList(0, paired),
                        plan.meanings(), Map.of(), plan.complete()));
            }
            rows = PlanComparison.againstBaseline(prefixes, metrics, CONFIDENCE);
            for (String metric : metrics) {
                if (!prefixes.get(0).direction(metric).isNeutral()) {
                    best.add(PlanComparison.best(prefixes, metric, CONFIDENCE));
                }
            }
        }
        return new Result(List.copyOf(scenarios), plans, paired, metrics, headline, rows, best, outcome.complete(),
                outcome.limitingMetric(), outcome.precisionReached(), outcome.warnings(), outcome.overallBlockedBy());
    }

    /** Scenario names, with -2, -3... added where two plans share a name (e.g. the same file twice). */
    static List<String> uniqueNames(List<Scenario> scenarios) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String name = scenario.name();
            for (int n = 2; !taken.add(name); n++) {
                name = scenario.name() + "-" + n;
            }
            names.add(name);
        }
        return names;
    }

    /** The metrics every plan's model declares, in the first plan's order: known before anything runs. */
    public static List<String> commonMetrics(List<Scenario> scenarios) {
        Set<String> common = null;
        for (Scenario scenario : scenarios) {
            Set<String> metrics = new LinkedHashSet<>();
            for (Response response : scenario.modelFactory().get().responses()) {
                metrics.add(response.metric());
            }
            if (common == null) {
                common = metrics;
            } else {
                common.retainAll(metrics);
            }
        }
        return List.copyOf(common);
    }
}
