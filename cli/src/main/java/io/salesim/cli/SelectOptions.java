package io.salesim.cli;

import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Selection;
import io.salesim.scenarios.schema.Suggestions;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compare --select [METRIC] --indifference X --pcs P}: selection of the best plan with a guarantee. */
final class SelectOptions {
    static final String DEFAULT_METRIC = "finance.cumulative_net";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--select", paramLabel = "METRIC", arity = "0..1", fallbackValue = DEFAULT_METRIC,
            description = "Select the best plan on METRIC (default: " + DEFAULT_METRIC + ") with Kim and Nelson's fully sequential "
                    + "procedure, adding replications until one plan is left; writes selection.json. --replications is its first stage.")
    String metric;

    @Option(names = "--indifference", paramLabel = "X",
            description = "With --select: the smallest difference worth telling apart, in the metric's unit (e.g. 250000 for $250,000).")
    Double indifference;

    @Option(names = "--pcs", paramLabel = "P", defaultValue = "0.95",
            description = "With --select: the probability of correct selection to guarantee, above 1/plans and below 1 (default: ${DEFAULT-VALUE}).")
    double pcs;

    boolean selecting() {
        return metric != null;
    }

    /**
     * The selection asked for, its numbers checked before anything runs (exit 2 when bad); null without --select.
     * The metric is checked against the plans later, by {@link #requireKnownMetric}.
     */
    Selection.Settings settings(int plans, RunOptions run, ExperimentOptions.PrecisionOptions growth, boolean precision) {
        if (!selecting()) {
            if (indifference != null) {
                throw refused("--indifference: found " + indifference + " without --select; allowed only with --select");
            }
            return null;
        }
        if (precision) {
            throw refused("--select: found with --precision; allowed one of them: the selection decides how many replications to run");
        }
        if (indifference == null) {
            throw refused("--indifference: found none; allowed a number > 0 in the metric's unit, needed with --select (e.g. --indifference 250000)");
        }
        if (!(indifference > 0) || indifference.isInfinite()) {
            throw refused("--indifference: found " + indifference + "; allowed a finite number > 0, in the metric's unit");
        }
        if (!(pcs > 1.0 / plans && pcs < 1)) {
            throw refused("--pcs: found " + pcs + "; allowed a number above 1/" + plans + " (picking one of the " + plans
                    + " plans at random) and below 1, e.g. 0.95");
        }
        return new Selection.Settings(metric, indifference, pcs, growth.maxReplications(run.replications(), "--select"));
    }

    /** Refuses a metric that some plan does not report, naming the closest one and every one allowed. */
    void requireKnownMetric(List<Scenario> plans) {
        List<String> metrics = Comparison.commonMetrics(plans);
        if (metrics.contains(metric)) {
            if (plans.get(0).meanings().get(metric).direction().isNeutral()) {
                throw refused("--select: found \"" + metric + "\", a neutral metric (a count or an input, neither higher nor lower "
                        + "is better); allowed a metric with a direction, e.g. " + DEFAULT_METRIC);
            }
            return;
        }
        String closest = Suggestions.closest(metric, metrics);
        throw refused("--select: found \"" + metric + "\", a metric not every plan reports; allowed "
                + (closest == null ? "" : "\"" + closest + "\" (closest match) or ") + "one of " + String.join(", ", metrics));
    }

    private ParameterException refused(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
