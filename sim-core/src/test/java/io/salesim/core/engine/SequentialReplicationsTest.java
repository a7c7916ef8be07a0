package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec.Exponential;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialReplicationsTest {
    private static final FlowLineSpec MM3 = FlowLineSpec.of("mm3", 10 * 168, 168, new Exponential(1 / 2.7),
            new StationSpec("desk", 3, new Exponential(1)));
    private static final List<String> HEADLINE = List.of("station.desk.wait_hours", "system.throughput_per_week");

    @Test
    void stopsOnceTheWorstMetricIsPreciseEnoughAndNamesIt() {
        // 10-week replications at ρ = 0.9: per-replication mean waits vary ~±40%, so 10% precision
        // needs roughly (1.96 × 0.4 / 0.1)² ≈ 60 replications, well inside the cap of 300
        SequentialReplications.Outcome outcome = SequentialReplications.run(() -> new FlowLine(MM3), 1, 2, 5, 300, 0.10,
                HEADLINE, ReplicationRunner.Progress.NONE, () -> false);
        assertTrue(outcome.precisionReached(), outcome.limitingMetric() + " " + outcome.limitingRelativeHalfWidth());
        // the wait in queue varies far more between replications than throughput does
        assertEquals("station.desk.wait_hours", outcome.limitingMetric());
        assertTrue(outcome.limitingRelativeHalfWidth() <= 0.10);
        int n = outcome.result().replications().size();
        assertTrue(n > 5 && n <= 300, "replications: " + n);
        // replication r is the same whatever the batching: equal to one plain run of n replications
        ExperimentResult plain = ReplicationRunner.run(() -> new FlowLine(MM3), n, 1, 1);
        assertEquals(plain.summary("station.desk.wait_hours"), outcome.result().summary("station.desk.wait_hours"));
    }

    @Test
    void saysWhenTheCapStopsItFirst() {
        SequentialReplications.Outcome outcome = SequentialReplications.run(() -> new FlowLine(MM3), 1, 2, 3, 6, 0.001,
                HEADLINE, ReplicationRunner.Progress.NONE, () -> false);
        assertFalse(outcome.precisionReached());
        assertEquals(6, outcome.result().replications().size());
    }
}
