package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/** Regression: every item must pass through every station of a line, replication after replication. */
class StationLinkTest {

    @Test
    void secondStationOfATandemLineDoesItsShareOfTheWork() {
        // λ = 1/h into a 2-server station (mean 1.5 h), then a 1-server station (mean 0.8 h)
        FlowLineSpec spec = FlowLineSpec.of("tandem", 5_000, 200, new DistributionSpec.Exponential(1.0),
                new StationSpec("a", 2, new DistributionSpec.Exponential(1.5)),
                new StationSpec("b", 1, new DistributionSpec.Exponential(0.8)));
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), 10, 7L, 1);
        Summary utilizationB = result.summary("station.b.utilization");
        // utilisation = offered load / capacity = λ × E[S] / c = 1 × 0.8 / 1
        assertTrue(utilizationB.covers(0.8), () -> "station b utilisation 95% CI " + utilizationB + " should cover 0.8");
        Summary utilizationA = result.summary("station.a.utilization");
        // 1 × 1.5 / 2
        assertTrue(utilizationA.covers(0.75), () -> "station a utilisation 95% CI " + utilizationA + " should cover 0.75");
    }
}
