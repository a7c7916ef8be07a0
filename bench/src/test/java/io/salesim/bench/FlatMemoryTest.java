package io.salesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.core.sales.SalesPresets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's memory must stay flat in its weekly series: the result of many replications keeps
 * only each replication's scalar values, and the weekly series only as per-week summaries.
 * Structural checks, so the property cannot regress silently (HeapVsReplications measures it).
 */
class FlatMemoryTest {
    private static final int REPLICATIONS = 200;
    private static final long SEED = 5;
    // division-of-labour, shortened so 200 replications take well under a second
    private static final SalesOrgSpec SPEC = SalesPresets.divisionOfLabour().withWeeks(6, 1);

    @Test
    void resultOfManyReplicationsHoldsNoWeeklyArraysPerReplication() {
        ReplicationResult single = new SalesOrganisation(SPEC).run(SEED, 0);
        // otherwise the checks below would hold trivially
        assertFalse(single.weekly().isEmpty(), "a replication produces weekly series");

        ExperimentResult result = ReplicationRunner.run(() -> new SalesOrganisation(SPEC), REPLICATIONS, SEED, 2);

        assertEquals(REPLICATIONS, result.replications().size());
        for (ReplicationResult replication : result.replications()) {
            assertTrue(replication.weekly().isEmpty(), "replication " + replication.replication() + " keeps weekly arrays");
            assertEquals(single.values().size(), replication.values().size(), "one value a metric");
        }
        // the weekly series live on as one summary a week a metric, each over all replications
        assertEquals(List.copyOf(single.weekly().keySet()), result.weeklyMetrics());
        for (String metric : result.weeklyMetrics()) {
            assertEquals(single.weekly().get(metric).length, result.weeklySummary(metric).length, metric);
        }
    }

    @Test
    void keptValuesAreTheReplicationsOwnInOrder() {
        ExperimentResult result = ReplicationRunner.run(() -> new SalesOrganisation(SPEC), 20, SEED, 2);
        SalesOrganisation model = new SalesOrganisation(SPEC);
        for (int r : new int[] {0, 7, 19}) {
            var expected = model.run(SEED, r).values();
            var kept = result.replications().get(r).values();
            assertEquals(expected, kept, "replication " + r);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(kept.keySet()), "metric order");
            for (String metric : expected.keySet()) {
                assertEquals(expected.get(metric), kept.get(metric), metric);
            }
        }
    }
}
