package io.salesim.core.analysis;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.PairedDifference;

/**
 * Compares two plans run with the same seed and replication count (common random numbers):
 * the paired difference alternative − baseline of one metric, and the share of replications
 * in which the alternative did better.
 */
public final class PlanComparison {
    private PlanComparison() {
    }

    public static PairedDifference compare(ExperimentResult baseline, ExperimentResult alternative, String metric,
                                           boolean higherIsBetter) {
        if (baseline.seed() != alternative.seed()) {
            throw new IllegalArgumentException("plans were run with different seeds (" + baseline.seed() + " vs "
                    + alternative.seed() + "): no common random numbers");
        }
        return PairedDifference.of(baseline.values(metric), alternative.values(metric), higherIsBetter, 0.95);
    }
}
