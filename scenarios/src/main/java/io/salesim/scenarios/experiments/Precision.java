package io.salesim.scenarios.experiments;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.util.List;
import java.util.function.BooleanSupplier;

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
        return SequentialReplications.run(scenario.modelFactory(), seed, threads, initialReplications, maxReplications,
                relative, precisionMetrics(scenario), progress, stop);
    }

    /** The scenario's precision metrics, known before running from the responses its model declares. */
    public static List<String> precisionMetrics(Scenario scenario) {
        return scenario.precisionMetrics(scenario.meanings());
    }
}
