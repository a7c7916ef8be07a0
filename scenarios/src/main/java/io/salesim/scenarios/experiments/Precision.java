package io.salesim.scenarios.experiments;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.scenarios.RunChecks;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A relative precision to run to: add replications until the 95% CI half-width of every
 * precision metric (the scenario's {@link Scenario#precisionMetrics}) is within
 * {@code relative} × |mean|, starting from {@code initialReplications}, up to {@code maxReplications}.
 */
public record Precision(double relative, int initialReplications, int maxReplications) {
    public Precision {
        if (!(relative > 0)) {
            throw new IllegalArgumentException("relative precision must be > 0, was " + relative);
        }
        if (initialReplications < 2 || maxReplications < initialReplications || maxReplications > RunOptions.MAX_REPLICATIONS) {
            throw new IllegalArgumentException("need 2 <= initial <= max replications, was " + initialReplications
                    + " and " + maxReplications);
        }
    }

    /**
     * The headline metric with the widest 95% half-width relative to its mean (NaN, e.g. a mean
     * that is not a number, counts as widest), and whether it is within the precision: the
     * metric that limited a run. {@code metric} is null if there were no headline metrics.
     */
    public record Limit(String metric, double relativeHalfWidth, boolean reached) {

        /** The limiting metric of one result among {@code metrics}. */
        static Limit worst(ExperimentResult result, List<String> metrics, double relative) {
            Limit worst = new Limit(null, Double.NaN, true);
            for (String metric : metrics) {
                double width = SequentialReplications.relativeHalfWidth(result.summary(metric));
                worst = worse(worst, new Limit(metric, width, width <= relative));
            }
            return worst;
        }

        /** The one that needs more replications (the later one if both are NaN, as SequentialReplications picks). */
        static Limit worse(Limit a, Limit b) {
            if (b.metric == null) {
                return a;
            }
            if (a.metric == null || b.relativeHalfWidth > a.relativeHalfWidth || Double.isNaN(b.relativeHalfWidth)) {
                return b;
            }
            return a;
        }
    }

    /** Runs one scenario to this precision; the outcome names the metric that needed the most replications. */
    public SequentialReplications.Outcome run(Scenario scenario, long seed, int threads,
                                              ReplicationRunner.Progress progress, BooleanSupplier stop) {
        return run(scenario, seed, threads, progress, stop, replication -> { });
    }

    /** As above, handing each replication to {@code inOrder} in replication order (e.g. {@link RunChecks}). */
    public SequentialReplications.Outcome run(Scenario scenario, long seed, int threads, ReplicationRunner.Progress progress,
                                              BooleanSupplier stop, Consumer<ReplicationResult> inOrder) {
        return SequentialReplications.run(scenario.modelFactory(), seed, threads, initialReplications, maxReplications,
                relative, precisionMetrics(scenario), progress, stop, inOrder);
    }

    /**
     * Whether the run may say its precision was reached: the widths are within the target and no
     * warning says the mean of a precision metric is off (a narrow interval around a biased mean
     * is no precision). {@code blocking} holds the first such warning and the metric it stands for.
     */
    public record Claim(boolean reached, boolean claimed, String blockedMetric, Diagnostic blocking) {
    }

    public Claim claim(SequentialReplications.Outcome outcome, Scenario scenario, RunChecks checks, List<Diagnostic> warnings) {
        if (!outcome.precisionReached()) {
            return new Claim(false, false, null, null);
        }
        List<String> metrics = new java.util.ArrayList<>(precisionMetrics(scenario));
        if (outcome.limitingMetric() != null && metrics.remove(outcome.limitingMetric())) {
            metrics.add(0, outcome.limitingMetric());  // the limiting metric's own warning is the one to name
        }
        for (String metric : metrics) {
            Diagnostic blocking = checks.firstBiasing(warnings, metric);
            if (blocking != null) {
                return new Claim(true, false, metric, blocking);
            }
        }
        return new Claim(true, true, null, null);
    }

    /** The scenario's precision metrics, known before running from the responses its model declares. */
    public static List<String> precisionMetrics(Scenario scenario) {
        return scenario.precisionMetrics(scenario.meanings());
    }
}
