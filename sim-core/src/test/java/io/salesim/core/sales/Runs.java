package io.salesim.core.sales;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared helpers for the sales tests: run a spec, summarise, compare with common random numbers. */
final class Runs {
    static final long SEED = 20_261_123L;
    /** The CLI's default replication count: the seed claims are checked at what users will run. */
    static final int PRESET_REPLICATIONS = 30;

    private Runs() {
    }

    private static final Map<String, ExperimentResult> CACHE = new ConcurrentHashMap<>();

    /** A preset's result, run once per test JVM (the presets are immutable, so the result is too). */
    static ExperimentResult preset(SalesOrgSpec spec, int replications) {
        return CACHE.computeIfAbsent(spec.name() + "#" + replications, k -> run(spec, replications));
    }

    static ExperimentResult run(SalesOrgSpec spec, int replications) {
        return ReplicationRunner.run(() -> new SalesOrganisation(spec), replications, SEED, 2);
    }

    /**
     * Replications with their weekly series kept (an experiment result folds those into
     * across-replication summaries), run one after another on one reused model.
     */
    static List<ReplicationResult> withWeekly(SalesOrgSpec spec, int replications) {
        SalesOrganisation model = new SalesOrganisation(spec);
        List<ReplicationResult> out = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            out.add(model.run(SEED, r));
        }
        return out;
    }

    /** alternative − baseline per replication (same seed, so common random numbers). */
    static Summary paired(ExperimentResult baseline, ExperimentResult alternative, String metric) {
        return PairedDifference.of(baseline.values(metric), alternative.values(metric), true, 0.95).difference();
    }
}
